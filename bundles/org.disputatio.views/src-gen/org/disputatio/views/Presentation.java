/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Presentation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named, ordered walk through a diagram for a lecture.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.Presentation#getName <em>Name</em>}</li>
 *   <li>{@link org.disputatio.views.Presentation#getDiagram <em>Diagram</em>}</li>
 *   <li>{@link org.disputatio.views.Presentation#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.disputatio.views.ViewsPackage#getPresentation()
 * @model
 * @generated
 */
public interface Presentation extends ViewElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.disputatio.views.ViewsPackage#getPresentation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Presentation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Diagram</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagram</em>' reference.
	 * @see #setDiagram(Diagram)
	 * @see org.disputatio.views.ViewsPackage#getPresentation_Diagram()
	 * @model
	 * @generated
	 */
	Diagram getDiagram();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Presentation#getDiagram <em>Diagram</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram</em>' reference.
	 * @see #getDiagram()
	 * @generated
	 */
	void setDiagram(Diagram value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.views.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.disputatio.views.ViewsPackage#getPresentation_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // Presentation
