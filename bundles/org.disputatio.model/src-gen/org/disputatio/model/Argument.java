/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Argument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named reconstruction (Argdown's <Title>): the inferences of one premise-conclusion structure and its main conclusion. Its premises and intermediate conclusions follow from the inferences.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Argument#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.model.Argument#getDescription <em>Description</em>}</li>
 *   <li>{@link org.disputatio.model.Argument#getInferences <em>Inferences</em>}</li>
 *   <li>{@link org.disputatio.model.Argument#getMainConclusion <em>Main Conclusion</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getArgument()
 * @model
 * @generated
 */
public interface Argument extends Element {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.disputatio.model.ArgmapPackage#getArgument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Argument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.disputatio.model.ArgmapPackage#getArgument_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Argument#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Inferences</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Inference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inferences</em>' reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgument_Inferences()
	 * @model
	 * @generated
	 */
	EList<Inference> getInferences();

	/**
	 * Returns the value of the '<em><b>Main Conclusion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Main Conclusion</em>' reference.
	 * @see #setMainConclusion(Statement)
	 * @see org.disputatio.model.ArgmapPackage#getArgument_MainConclusion()
	 * @model
	 * @generated
	 */
	Statement getMainConclusion();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Argument#getMainConclusion <em>Main Conclusion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Main Conclusion</em>' reference.
	 * @see #getMainConclusion()
	 * @generated
	 */
	void setMainConclusion(Statement value);

} // Argument
