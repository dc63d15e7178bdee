/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conflict Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.disputatio.model.ArgmapPackage#getConflictKind()
 * @model
 * @generated
 */
public enum ConflictKind implements Enumerator {
	/**
	 * The '<em><b>Rebut</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REBUT_VALUE
	 * @generated
	 * @ordered
	 */
	REBUT(0, "rebut", "rebut"),

	/**
	 * The '<em><b>Undermine</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERMINE_VALUE
	 * @generated
	 * @ordered
	 */
	UNDERMINE(1, "undermine", "undermine"),

	/**
	 * The '<em><b>Undercut</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERCUT_VALUE
	 * @generated
	 * @ordered
	 */
	UNDERCUT(2, "undercut", "undercut"),

	/**
	 * The '<em><b>Contrary</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRARY_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRARY(3, "contrary", "contrary"),

	/**
	 * The '<em><b>Contradictory</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRADICTORY_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRADICTORY(4, "contradictory", "contradictory");

	/**
	 * The '<em><b>Rebut</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REBUT
	 * @model name="rebut"
	 * @generated
	 * @ordered
	 */
	public static final int REBUT_VALUE = 0;

	/**
	 * The '<em><b>Undermine</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERMINE
	 * @model name="undermine"
	 * @generated
	 * @ordered
	 */
	public static final int UNDERMINE_VALUE = 1;

	/**
	 * The '<em><b>Undercut</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERCUT
	 * @model name="undercut"
	 * @generated
	 * @ordered
	 */
	public static final int UNDERCUT_VALUE = 2;

	/**
	 * The '<em><b>Contrary</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRARY
	 * @model name="contrary"
	 * @generated
	 * @ordered
	 */
	public static final int CONTRARY_VALUE = 3;

	/**
	 * The '<em><b>Contradictory</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRADICTORY
	 * @model name="contradictory"
	 * @generated
	 * @ordered
	 */
	public static final int CONTRADICTORY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Conflict Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConflictKind[] VALUES_ARRAY =
		new ConflictKind[] {
			REBUT,
			UNDERMINE,
			UNDERCUT,
			CONTRARY,
			CONTRADICTORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Conflict Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConflictKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conflict Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictKind get(int value) {
		switch (value) {
			case REBUT_VALUE: return REBUT;
			case UNDERMINE_VALUE: return UNDERMINE;
			case UNDERCUT_VALUE: return UNDERCUT;
			case CONTRARY_VALUE: return CONTRARY;
			case CONTRADICTORY_VALUE: return CONTRADICTORY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ConflictKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ConflictKind
