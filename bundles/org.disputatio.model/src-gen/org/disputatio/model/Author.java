/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Author</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An author's name as reference managers keep it: a person's family and given names, the family name as the short citation uses it (for Chinese, Japanese and Korean names the name written first), or one literal name for an institution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Author#getFamily <em>Family</em>}</li>
 *   <li>{@link org.disputatio.model.Author#getGiven <em>Given</em>}</li>
 *   <li>{@link org.disputatio.model.Author#getSuffix <em>Suffix</em>}</li>
 *   <li>{@link org.disputatio.model.Author#getLiteral <em>Literal</em>}</li>
 *   <li>{@link org.disputatio.model.Author#isFamilyFirst <em>Family First</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getAuthor()
 * @model
 * @generated
 */
public interface Author extends EObject {
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.disputatio.model.ArgmapPackage#getAuthor_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Author#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given</em>' attribute.
	 * @see #setGiven(String)
	 * @see org.disputatio.model.ArgmapPackage#getAuthor_Given()
	 * @model
	 * @generated
	 */
	String getGiven();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Author#getGiven <em>Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given</em>' attribute.
	 * @see #getGiven()
	 * @generated
	 */
	void setGiven(String value);

	/**
	 * Returns the value of the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What follows the name: Jr., III.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suffix</em>' attribute.
	 * @see #setSuffix(String)
	 * @see org.disputatio.model.ArgmapPackage#getAuthor_Suffix()
	 * @model
	 * @generated
	 */
	String getSuffix();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Author#getSuffix <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suffix</em>' attribute.
	 * @see #getSuffix()
	 * @generated
	 */
	void setSuffix(String value);

	/**
	 * Returns the value of the '<em><b>Literal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name not split into family and given names: an institution, a newspaper's editorial board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Literal</em>' attribute.
	 * @see #setLiteral(String)
	 * @see org.disputatio.model.ArgmapPackage#getAuthor_Literal()
	 * @model
	 * @generated
	 */
	String getLiteral();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Author#getLiteral <em>Literal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Literal</em>' attribute.
	 * @see #getLiteral()
	 * @generated
	 */
	void setLiteral(String value);

	/**
	 * Returns the value of the '<em><b>Family First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written family name first, as Chinese, Japanese and Korean names are (Wang Jisi).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family First</em>' attribute.
	 * @see #setFamilyFirst(boolean)
	 * @see org.disputatio.model.ArgmapPackage#getAuthor_FamilyFirst()
	 * @model
	 * @generated
	 */
	boolean isFamilyFirst();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Author#isFamilyFirst <em>Family First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family First</em>' attribute.
	 * @see #isFamilyFirst()
	 * @generated
	 */
	void setFamilyFirst(boolean value);

} // Author
