/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An attack (AIF CA-node) of one or more statements on a statement (rebut, undermine, contrary, contradictory) or on an inference (undercut).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Conflict#getKind <em>Kind</em>}</li>
 *   <li>{@link org.disputatio.model.Conflict#getAttackers <em>Attackers</em>}</li>
 *   <li>{@link org.disputatio.model.Conflict#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getConflict()
 * @model
 * @generated
 */
public interface Conflict extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.model.ConflictKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.disputatio.model.ConflictKind
	 * @see #setKind(ConflictKind)
	 * @see org.disputatio.model.ArgmapPackage#getConflict_Kind()
	 * @model
	 * @generated
	 */
	ConflictKind getKind();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Conflict#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.disputatio.model.ConflictKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConflictKind value);

	/**
	 * Returns the value of the '<em><b>Attackers</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Statement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attackers</em>' reference list.
	 * @see org.disputatio.model.ArgmapPackage#getConflict_Attackers()
	 * @model required="true"
	 * @generated
	 */
	EList<Statement> getAttackers();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Attackable)
	 * @see org.disputatio.model.ArgmapPackage#getConflict_Target()
	 * @model required="true"
	 * @generated
	 */
	Attackable getTarget();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Conflict#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Attackable value);

} // Conflict
