/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rephrase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * AIF MA-node: one statement restates another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Rephrase#getOriginal <em>Original</em>}</li>
 *   <li>{@link org.disputatio.model.Rephrase#getRestatement <em>Restatement</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getRephrase()
 * @model
 * @generated
 */
public interface Rephrase extends Element {
	/**
	 * Returns the value of the '<em><b>Original</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original</em>' reference.
	 * @see #setOriginal(Statement)
	 * @see org.disputatio.model.ArgmapPackage#getRephrase_Original()
	 * @model required="true"
	 * @generated
	 */
	Statement getOriginal();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Rephrase#getOriginal <em>Original</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original</em>' reference.
	 * @see #getOriginal()
	 * @generated
	 */
	void setOriginal(Statement value);

	/**
	 * Returns the value of the '<em><b>Restatement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restatement</em>' reference.
	 * @see #setRestatement(Statement)
	 * @see org.disputatio.model.ArgmapPackage#getRephrase_Restatement()
	 * @model required="true"
	 * @generated
	 */
	Statement getRestatement();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Rephrase#getRestatement <em>Restatement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restatement</em>' reference.
	 * @see #getRestatement()
	 * @generated
	 */
	void setRestatement(Statement value);

} // Rephrase
