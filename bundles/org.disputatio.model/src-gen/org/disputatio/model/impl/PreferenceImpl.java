/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model.impl;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Attackable;
import org.disputatio.model.Preference;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Preference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.impl.PreferenceImpl#getPreferred <em>Preferred</em>}</li>
 *   <li>{@link org.disputatio.model.impl.PreferenceImpl#getDispreferred <em>Dispreferred</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PreferenceImpl extends ElementImpl implements Preference {
	/**
	 * The cached value of the '{@link #getPreferred() <em>Preferred</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferred()
	 * @generated
	 * @ordered
	 */
	protected Attackable preferred;

	/**
	 * The cached value of the '{@link #getDispreferred() <em>Dispreferred</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispreferred()
	 * @generated
	 * @ordered
	 */
	protected Attackable dispreferred;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PreferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.PREFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attackable getPreferred() {
		if (preferred != null && preferred.eIsProxy()) {
			InternalEObject oldPreferred = (InternalEObject)preferred;
			preferred = (Attackable)eResolveProxy(oldPreferred);
			if (preferred != oldPreferred) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArgmapPackage.PREFERENCE__PREFERRED, oldPreferred, preferred));
			}
		}
		return preferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attackable basicGetPreferred() {
		return preferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferred(Attackable newPreferred) {
		Attackable oldPreferred = preferred;
		preferred = newPreferred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.PREFERENCE__PREFERRED, oldPreferred, preferred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attackable getDispreferred() {
		if (dispreferred != null && dispreferred.eIsProxy()) {
			InternalEObject oldDispreferred = (InternalEObject)dispreferred;
			dispreferred = (Attackable)eResolveProxy(oldDispreferred);
			if (dispreferred != oldDispreferred) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArgmapPackage.PREFERENCE__DISPREFERRED, oldDispreferred, dispreferred));
			}
		}
		return dispreferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attackable basicGetDispreferred() {
		return dispreferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDispreferred(Attackable newDispreferred) {
		Attackable oldDispreferred = dispreferred;
		dispreferred = newDispreferred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.PREFERENCE__DISPREFERRED, oldDispreferred, dispreferred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.PREFERENCE__PREFERRED:
				if (resolve) return getPreferred();
				return basicGetPreferred();
			case ArgmapPackage.PREFERENCE__DISPREFERRED:
				if (resolve) return getDispreferred();
				return basicGetDispreferred();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ArgmapPackage.PREFERENCE__PREFERRED:
				setPreferred((Attackable)newValue);
				return;
			case ArgmapPackage.PREFERENCE__DISPREFERRED:
				setDispreferred((Attackable)newValue);
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
			case ArgmapPackage.PREFERENCE__PREFERRED:
				setPreferred((Attackable)null);
				return;
			case ArgmapPackage.PREFERENCE__DISPREFERRED:
				setDispreferred((Attackable)null);
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
			case ArgmapPackage.PREFERENCE__PREFERRED:
				return preferred != null;
			case ArgmapPackage.PREFERENCE__DISPREFERRED:
				return dispreferred != null;
		}
		return super.eIsSet(featureID);
	}

} //PreferenceImpl
