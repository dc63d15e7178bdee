/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attackable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statement or an inference: what a conflict can target and a preference can rank.
 * <!-- end-model-doc -->
 *
 *
 * @see org.disputatio.model.ArgmapPackage#getAttackable()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface Attackable extends EObject {
} // Attackable
