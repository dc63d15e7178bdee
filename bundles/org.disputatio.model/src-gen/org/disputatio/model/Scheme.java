/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An argumentation scheme (Walton), with the critical questions that test an inference of its form.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Scheme#getName <em>Name</em>}</li>
 *   <li>{@link org.disputatio.model.Scheme#getDescription <em>Description</em>}</li>
 *   <li>{@link org.disputatio.model.Scheme#getCriticalQuestions <em>Critical Questions</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getScheme()
 * @model
 * @generated
 */
public interface Scheme extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.disputatio.model.ArgmapPackage#getScheme_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Scheme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.disputatio.model.ArgmapPackage#getScheme_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Scheme#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Critical Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.CriticalQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical Questions</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getScheme_CriticalQuestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriticalQuestion> getCriticalQuestions();

} // Scheme
