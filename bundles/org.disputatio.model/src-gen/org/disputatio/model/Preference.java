/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Preference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * AIF PA-node: one statement or inference is preferred to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Preference#getPreferred <em>Preferred</em>}</li>
 *   <li>{@link org.disputatio.model.Preference#getDispreferred <em>Dispreferred</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getPreference()
 * @model
 * @generated
 */
public interface Preference extends Element {
	/**
	 * Returns the value of the '<em><b>Preferred</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred</em>' reference.
	 * @see #setPreferred(Attackable)
	 * @see org.disputatio.model.ArgmapPackage#getPreference_Preferred()
	 * @model required="true"
	 * @generated
	 */
	Attackable getPreferred();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Preference#getPreferred <em>Preferred</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred</em>' reference.
	 * @see #getPreferred()
	 * @generated
	 */
	void setPreferred(Attackable value);

	/**
	 * Returns the value of the '<em><b>Dispreferred</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dispreferred</em>' reference.
	 * @see #setDispreferred(Attackable)
	 * @see org.disputatio.model.ArgmapPackage#getPreference_Dispreferred()
	 * @model required="true"
	 * @generated
	 */
	Attackable getDispreferred();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Preference#getDispreferred <em>Dispreferred</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dispreferred</em>' reference.
	 * @see #getDispreferred()
	 * @generated
	 */
	void setDispreferred(Attackable value);

} // Preference
