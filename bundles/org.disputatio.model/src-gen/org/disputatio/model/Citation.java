/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Citation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cited work and the place in it, e.g. Sun and Wang 2014, p. 108.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Citation#getWork <em>Work</em>}</li>
 *   <li>{@link org.disputatio.model.Citation#getLocator <em>Locator</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getCitation()
 * @model
 * @generated
 */
public interface Citation extends Element {
	/**
	 * Returns the value of the '<em><b>Work</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work</em>' reference.
	 * @see #setWork(Source)
	 * @see org.disputatio.model.ArgmapPackage#getCitation_Work()
	 * @model required="true"
	 * @generated
	 */
	Source getWork();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Citation#getWork <em>Work</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work</em>' reference.
	 * @see #getWork()
	 * @generated
	 */
	void setWork(Source value);

	/**
	 * Returns the value of the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locator</em>' attribute.
	 * @see #setLocator(String)
	 * @see org.disputatio.model.ArgmapPackage#getCitation_Locator()
	 * @model
	 * @generated
	 */
	String getLocator();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Citation#getLocator <em>Locator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locator</em>' attribute.
	 * @see #getLocator()
	 * @generated
	 */
	void setLocator(String value);

} // Citation
