/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model.impl;

import java.util.Collection;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.Rephrase;
import org.disputatio.model.Scheme;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Argument Map</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getInferences <em>Inferences</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getConflicts <em>Conflicts</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getRephrases <em>Rephrases</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentMapImpl#getSchemes <em>Schemes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArgumentMapImpl extends ElementImpl implements ArgumentMap {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getStatements() <em>Statements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<Statement> statements;

	/**
	 * The cached value of the '{@link #getInferences() <em>Inferences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInferences()
	 * @generated
	 * @ordered
	 */
	protected EList<Inference> inferences;

	/**
	 * The cached value of the '{@link #getConflicts() <em>Conflicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflicts()
	 * @generated
	 * @ordered
	 */
	protected EList<Conflict> conflicts;

	/**
	 * The cached value of the '{@link #getPreferences() <em>Preferences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferences()
	 * @generated
	 * @ordered
	 */
	protected EList<Preference> preferences;

	/**
	 * The cached value of the '{@link #getRephrases() <em>Rephrases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRephrases()
	 * @generated
	 * @ordered
	 */
	protected EList<Rephrase> rephrases;

	/**
	 * The cached value of the '{@link #getArguments() <em>Arguments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<Argument> arguments;

	/**
	 * The cached value of the '{@link #getSchemes() <em>Schemes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemes()
	 * @generated
	 * @ordered
	 */
	protected EList<Scheme> schemes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArgumentMapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.ARGUMENT_MAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT_MAP__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT_MAP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, ArgmapPackage.ARGUMENT_MAP__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, ArgmapPackage.ARGUMENT_MAP__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Statement> getStatements() {
		if (statements == null) {
			statements = new EObjectContainmentEList<Statement>(Statement.class, this, ArgmapPackage.ARGUMENT_MAP__STATEMENTS);
		}
		return statements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inference> getInferences() {
		if (inferences == null) {
			inferences = new EObjectContainmentEList<Inference>(Inference.class, this, ArgmapPackage.ARGUMENT_MAP__INFERENCES);
		}
		return inferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conflict> getConflicts() {
		if (conflicts == null) {
			conflicts = new EObjectContainmentEList<Conflict>(Conflict.class, this, ArgmapPackage.ARGUMENT_MAP__CONFLICTS);
		}
		return conflicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Preference> getPreferences() {
		if (preferences == null) {
			preferences = new EObjectContainmentEList<Preference>(Preference.class, this, ArgmapPackage.ARGUMENT_MAP__PREFERENCES);
		}
		return preferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rephrase> getRephrases() {
		if (rephrases == null) {
			rephrases = new EObjectContainmentEList<Rephrase>(Rephrase.class, this, ArgmapPackage.ARGUMENT_MAP__REPHRASES);
		}
		return rephrases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Argument> getArguments() {
		if (arguments == null) {
			arguments = new EObjectContainmentEList<Argument>(Argument.class, this, ArgmapPackage.ARGUMENT_MAP__ARGUMENTS);
		}
		return arguments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scheme> getSchemes() {
		if (schemes == null) {
			schemes = new EObjectContainmentEList<Scheme>(Scheme.class, this, ArgmapPackage.ARGUMENT_MAP__SCHEMES);
		}
		return schemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__STATEMENTS:
				return ((InternalEList<?>)getStatements()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__INFERENCES:
				return ((InternalEList<?>)getInferences()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				return ((InternalEList<?>)getConflicts()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__PREFERENCES:
				return ((InternalEList<?>)getPreferences()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__REPHRASES:
				return ((InternalEList<?>)getRephrases()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__ARGUMENTS:
				return ((InternalEList<?>)getArguments()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__SCHEMES:
				return ((InternalEList<?>)getSchemes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				return getTitle();
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				return getDescription();
			case ArgmapPackage.ARGUMENT_MAP__SOURCES:
				return getSources();
			case ArgmapPackage.ARGUMENT_MAP__ACTORS:
				return getActors();
			case ArgmapPackage.ARGUMENT_MAP__STATEMENTS:
				return getStatements();
			case ArgmapPackage.ARGUMENT_MAP__INFERENCES:
				return getInferences();
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				return getConflicts();
			case ArgmapPackage.ARGUMENT_MAP__PREFERENCES:
				return getPreferences();
			case ArgmapPackage.ARGUMENT_MAP__REPHRASES:
				return getRephrases();
			case ArgmapPackage.ARGUMENT_MAP__ARGUMENTS:
				return getArguments();
			case ArgmapPackage.ARGUMENT_MAP__SCHEMES:
				return getSchemes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				setTitle((String)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__STATEMENTS:
				getStatements().clear();
				getStatements().addAll((Collection<? extends Statement>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__INFERENCES:
				getInferences().clear();
				getInferences().addAll((Collection<? extends Inference>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				getConflicts().clear();
				getConflicts().addAll((Collection<? extends Conflict>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__PREFERENCES:
				getPreferences().clear();
				getPreferences().addAll((Collection<? extends Preference>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__REPHRASES:
				getRephrases().clear();
				getRephrases().addAll((Collection<? extends Rephrase>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__ARGUMENTS:
				getArguments().clear();
				getArguments().addAll((Collection<? extends Argument>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__SCHEMES:
				getSchemes().clear();
				getSchemes().addAll((Collection<? extends Scheme>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT_MAP__SOURCES:
				getSources().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__ACTORS:
				getActors().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__STATEMENTS:
				getStatements().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__INFERENCES:
				getInferences().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				getConflicts().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__PREFERENCES:
				getPreferences().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__REPHRASES:
				getRephrases().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__ARGUMENTS:
				getArguments().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__SCHEMES:
				getSchemes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ArgmapPackage.ARGUMENT_MAP__SOURCES:
				return sources != null && !sources.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__ACTORS:
				return actors != null && !actors.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__STATEMENTS:
				return statements != null && !statements.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__INFERENCES:
				return inferences != null && !inferences.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				return conflicts != null && !conflicts.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__PREFERENCES:
				return preferences != null && !preferences.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__REPHRASES:
				return rephrases != null && !rephrases.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__ARGUMENTS:
				return arguments != null && !arguments.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__SCHEMES:
				return schemes != null && !schemes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ArgumentMapImpl
