/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model.impl;

import java.util.Collection;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Argument;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Argument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.impl.ArgumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentImpl#getInferences <em>Inferences</em>}</li>
 *   <li>{@link org.disputatio.model.impl.ArgumentImpl#getMainConclusion <em>Main Conclusion</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArgumentImpl extends ElementImpl implements Argument {
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
	 * The cached value of the '{@link #getInferences() <em>Inferences</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInferences()
	 * @generated
	 * @ordered
	 */
	protected EList<Inference> inferences;

	/**
	 * The cached value of the '{@link #getMainConclusion() <em>Main Conclusion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainConclusion()
	 * @generated
	 * @ordered
	 */
	protected Statement mainConclusion;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArgumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.ARGUMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inference> getInferences() {
		if (inferences == null) {
			inferences = new EObjectResolvingEList<Inference>(Inference.class, this, ArgmapPackage.ARGUMENT__INFERENCES);
		}
		return inferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Statement getMainConclusion() {
		if (mainConclusion != null && mainConclusion.eIsProxy()) {
			InternalEObject oldMainConclusion = (InternalEObject)mainConclusion;
			mainConclusion = (Statement)eResolveProxy(oldMainConclusion);
			if (mainConclusion != oldMainConclusion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArgmapPackage.ARGUMENT__MAIN_CONCLUSION, oldMainConclusion, mainConclusion));
			}
		}
		return mainConclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Statement basicGetMainConclusion() {
		return mainConclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainConclusion(Statement newMainConclusion) {
		Statement oldMainConclusion = mainConclusion;
		mainConclusion = newMainConclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT__MAIN_CONCLUSION, oldMainConclusion, mainConclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT__TITLE:
				return getTitle();
			case ArgmapPackage.ARGUMENT__DESCRIPTION:
				return getDescription();
			case ArgmapPackage.ARGUMENT__INFERENCES:
				return getInferences();
			case ArgmapPackage.ARGUMENT__MAIN_CONCLUSION:
				if (resolve) return getMainConclusion();
				return basicGetMainConclusion();
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
			case ArgmapPackage.ARGUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case ArgmapPackage.ARGUMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ArgmapPackage.ARGUMENT__INFERENCES:
				getInferences().clear();
				getInferences().addAll((Collection<? extends Inference>)newValue);
				return;
			case ArgmapPackage.ARGUMENT__MAIN_CONCLUSION:
				setMainConclusion((Statement)newValue);
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
			case ArgmapPackage.ARGUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT__INFERENCES:
				getInferences().clear();
				return;
			case ArgmapPackage.ARGUMENT__MAIN_CONCLUSION:
				setMainConclusion((Statement)null);
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
			case ArgmapPackage.ARGUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ArgmapPackage.ARGUMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ArgmapPackage.ARGUMENT__INFERENCES:
				return inferences != null && !inferences.isEmpty();
			case ArgmapPackage.ARGUMENT__MAIN_CONCLUSION:
				return mainConclusion != null;
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

} //ArgumentImpl
