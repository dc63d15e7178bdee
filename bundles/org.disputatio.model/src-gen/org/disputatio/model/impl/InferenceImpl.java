/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model.impl;

import java.util.Collection;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Inference;
import org.disputatio.model.Scheme;
import org.disputatio.model.Statement;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.impl.InferenceImpl#getPremises <em>Premises</em>}</li>
 *   <li>{@link org.disputatio.model.impl.InferenceImpl#getConclusion <em>Conclusion</em>}</li>
 *   <li>{@link org.disputatio.model.impl.InferenceImpl#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.disputatio.model.impl.InferenceImpl#getCriticalQuestions <em>Critical Questions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InferenceImpl extends ElementImpl implements Inference {
	/**
	 * The cached value of the '{@link #getPremises() <em>Premises</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremises()
	 * @generated
	 * @ordered
	 */
	protected EList<Statement> premises;

	/**
	 * The cached value of the '{@link #getConclusion() <em>Conclusion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConclusion()
	 * @generated
	 * @ordered
	 */
	protected Statement conclusion;

	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected Scheme scheme;

	/**
	 * The cached value of the '{@link #getCriticalQuestions() <em>Critical Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<CriticalQuestionUse> criticalQuestions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.INFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Statement> getPremises() {
		if (premises == null) {
			premises = new EObjectResolvingEList<Statement>(Statement.class, this, ArgmapPackage.INFERENCE__PREMISES);
		}
		return premises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Statement getConclusion() {
		if (conclusion != null && conclusion.eIsProxy()) {
			InternalEObject oldConclusion = (InternalEObject)conclusion;
			conclusion = (Statement)eResolveProxy(oldConclusion);
			if (conclusion != oldConclusion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArgmapPackage.INFERENCE__CONCLUSION, oldConclusion, conclusion));
			}
		}
		return conclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Statement basicGetConclusion() {
		return conclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConclusion(Statement newConclusion) {
		Statement oldConclusion = conclusion;
		conclusion = newConclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.INFERENCE__CONCLUSION, oldConclusion, conclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheme getScheme() {
		if (scheme != null && scheme.eIsProxy()) {
			InternalEObject oldScheme = (InternalEObject)scheme;
			scheme = (Scheme)eResolveProxy(oldScheme);
			if (scheme != oldScheme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArgmapPackage.INFERENCE__SCHEME, oldScheme, scheme));
			}
		}
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scheme basicGetScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(Scheme newScheme) {
		Scheme oldScheme = scheme;
		scheme = newScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.INFERENCE__SCHEME, oldScheme, scheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriticalQuestionUse> getCriticalQuestions() {
		if (criticalQuestions == null) {
			criticalQuestions = new EObjectContainmentEList<CriticalQuestionUse>(CriticalQuestionUse.class, this, ArgmapPackage.INFERENCE__CRITICAL_QUESTIONS);
		}
		return criticalQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ArgmapPackage.INFERENCE__CRITICAL_QUESTIONS:
				return ((InternalEList<?>)getCriticalQuestions()).basicRemove(otherEnd, msgs);
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
			case ArgmapPackage.INFERENCE__PREMISES:
				return getPremises();
			case ArgmapPackage.INFERENCE__CONCLUSION:
				if (resolve) return getConclusion();
				return basicGetConclusion();
			case ArgmapPackage.INFERENCE__SCHEME:
				if (resolve) return getScheme();
				return basicGetScheme();
			case ArgmapPackage.INFERENCE__CRITICAL_QUESTIONS:
				return getCriticalQuestions();
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
			case ArgmapPackage.INFERENCE__PREMISES:
				getPremises().clear();
				getPremises().addAll((Collection<? extends Statement>)newValue);
				return;
			case ArgmapPackage.INFERENCE__CONCLUSION:
				setConclusion((Statement)newValue);
				return;
			case ArgmapPackage.INFERENCE__SCHEME:
				setScheme((Scheme)newValue);
				return;
			case ArgmapPackage.INFERENCE__CRITICAL_QUESTIONS:
				getCriticalQuestions().clear();
				getCriticalQuestions().addAll((Collection<? extends CriticalQuestionUse>)newValue);
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
			case ArgmapPackage.INFERENCE__PREMISES:
				getPremises().clear();
				return;
			case ArgmapPackage.INFERENCE__CONCLUSION:
				setConclusion((Statement)null);
				return;
			case ArgmapPackage.INFERENCE__SCHEME:
				setScheme((Scheme)null);
				return;
			case ArgmapPackage.INFERENCE__CRITICAL_QUESTIONS:
				getCriticalQuestions().clear();
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
			case ArgmapPackage.INFERENCE__PREMISES:
				return premises != null && !premises.isEmpty();
			case ArgmapPackage.INFERENCE__CONCLUSION:
				return conclusion != null;
			case ArgmapPackage.INFERENCE__SCHEME:
				return scheme != null;
			case ArgmapPackage.INFERENCE__CRITICAL_QUESTIONS:
				return criticalQuestions != null && !criticalQuestions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //InferenceImpl
