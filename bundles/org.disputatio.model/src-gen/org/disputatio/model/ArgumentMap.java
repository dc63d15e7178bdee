/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Argument Map</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a file: one debate, its sources, actors and arguments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.ArgumentMap#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getDescription <em>Description</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getSources <em>Sources</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getActors <em>Actors</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getInferences <em>Inferences</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getConflicts <em>Conflicts</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getRephrases <em>Rephrases</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.disputatio.model.ArgumentMap#getSchemes <em>Schemes</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getArgumentMap()
 * @model
 * @generated
 */
public interface ArgumentMap extends Element {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.disputatio.model.ArgumentMap#getTitle <em>Title</em>}' attribute.
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
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.disputatio.model.ArgumentMap#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Statements</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Statement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statements</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Statements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Statement> getStatements();

	/**
	 * Returns the value of the '<em><b>Inferences</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Inference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inferences</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Inferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Inference> getInferences();

	/**
	 * Returns the value of the '<em><b>Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Conflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conflicts</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Conflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conflict> getConflicts();

	/**
	 * Returns the value of the '<em><b>Preferences</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Preference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferences</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Preferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Preference> getPreferences();

	/**
	 * Returns the value of the '<em><b>Rephrases</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Rephrase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rephrases</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Rephrases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rephrase> getRephrases();

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Argument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arguments</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Arguments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Argument> getArguments();

	/**
	 * Returns the value of the '<em><b>Schemes</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Scheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schemes</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getArgumentMap_Schemes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scheme> getSchemes();

} // ArgumentMap
