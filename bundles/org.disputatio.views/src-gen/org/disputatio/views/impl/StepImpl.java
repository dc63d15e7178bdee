/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views.impl;

import java.util.Collection;

import org.disputatio.model.Element;

import org.disputatio.views.Rectangle;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getReveal <em>Reveal</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getHide <em>Hide</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getHighlight <em>Highlight</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getCamera <em>Camera</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getSpeakerNotes <em>Speaker Notes</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#isEvaluate <em>Evaluate</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getAssumeAccepted <em>Assume Accepted</em>}</li>
 *   <li>{@link org.disputatio.views.impl.StepImpl#getAssumeRejected <em>Assume Rejected</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends ViewElementImpl implements Step {
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
	 * The cached value of the '{@link #getReveal() <em>Reveal</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReveal()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> reveal;

	/**
	 * The cached value of the '{@link #getHide() <em>Hide</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHide()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> hide;

	/**
	 * The cached value of the '{@link #getHighlight() <em>Highlight</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighlight()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> highlight;

	/**
	 * The cached value of the '{@link #getFocus() <em>Focus</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> focus;

	/**
	 * The cached value of the '{@link #getCamera() <em>Camera</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCamera()
	 * @generated
	 * @ordered
	 */
	protected Rectangle camera;

	/**
	 * The default value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double MINUTES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected double minutes = MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeakerNotes() <em>Speaker Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeakerNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String SPEAKER_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpeakerNotes() <em>Speaker Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeakerNotes()
	 * @generated
	 * @ordered
	 */
	protected String speakerNotes = SPEAKER_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isEvaluate() <em>Evaluate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEvaluate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EVALUATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEvaluate() <em>Evaluate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEvaluate()
	 * @generated
	 * @ordered
	 */
	protected boolean evaluate = EVALUATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssumeAccepted() <em>Assume Accepted</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumeAccepted()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> assumeAccepted;

	/**
	 * The cached value of the '{@link #getAssumeRejected() <em>Assume Rejected</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumeRejected()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> assumeRejected;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewsPackage.Literals.STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.STEP__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getReveal() {
		if (reveal == null) {
			reveal = new EObjectResolvingEList<Element>(Element.class, this, ViewsPackage.STEP__REVEAL);
		}
		return reveal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getHide() {
		if (hide == null) {
			hide = new EObjectResolvingEList<Element>(Element.class, this, ViewsPackage.STEP__HIDE);
		}
		return hide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getHighlight() {
		if (highlight == null) {
			highlight = new EObjectResolvingEList<Element>(Element.class, this, ViewsPackage.STEP__HIGHLIGHT);
		}
		return highlight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getFocus() {
		if (focus == null) {
			focus = new EObjectResolvingEList<Element>(Element.class, this, ViewsPackage.STEP__FOCUS);
		}
		return focus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rectangle getCamera() {
		return camera;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCamera(Rectangle newCamera, NotificationChain msgs) {
		Rectangle oldCamera = camera;
		camera = newCamera;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewsPackage.STEP__CAMERA, oldCamera, newCamera);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCamera(Rectangle newCamera) {
		if (newCamera != camera) {
			NotificationChain msgs = null;
			if (camera != null)
				msgs = ((InternalEObject)camera).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewsPackage.STEP__CAMERA, null, msgs);
			if (newCamera != null)
				msgs = ((InternalEObject)newCamera).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewsPackage.STEP__CAMERA, null, msgs);
			msgs = basicSetCamera(newCamera, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.STEP__CAMERA, newCamera, newCamera));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutes(double newMinutes) {
		double oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.STEP__MINUTES, oldMinutes, minutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpeakerNotes() {
		return speakerNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeakerNotes(String newSpeakerNotes) {
		String oldSpeakerNotes = speakerNotes;
		speakerNotes = newSpeakerNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.STEP__SPEAKER_NOTES, oldSpeakerNotes, speakerNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEvaluate() {
		return evaluate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluate(boolean newEvaluate) {
		boolean oldEvaluate = evaluate;
		evaluate = newEvaluate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.STEP__EVALUATE, oldEvaluate, evaluate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getAssumeAccepted() {
		if (assumeAccepted == null) {
			assumeAccepted = new EObjectResolvingEList<Element>(Element.class, this, ViewsPackage.STEP__ASSUME_ACCEPTED);
		}
		return assumeAccepted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getAssumeRejected() {
		if (assumeRejected == null) {
			assumeRejected = new EObjectResolvingEList<Element>(Element.class, this, ViewsPackage.STEP__ASSUME_REJECTED);
		}
		return assumeRejected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewsPackage.STEP__CAMERA:
				return basicSetCamera(null, msgs);
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
			case ViewsPackage.STEP__TITLE:
				return getTitle();
			case ViewsPackage.STEP__REVEAL:
				return getReveal();
			case ViewsPackage.STEP__HIDE:
				return getHide();
			case ViewsPackage.STEP__HIGHLIGHT:
				return getHighlight();
			case ViewsPackage.STEP__FOCUS:
				return getFocus();
			case ViewsPackage.STEP__CAMERA:
				return getCamera();
			case ViewsPackage.STEP__MINUTES:
				return getMinutes();
			case ViewsPackage.STEP__SPEAKER_NOTES:
				return getSpeakerNotes();
			case ViewsPackage.STEP__EVALUATE:
				return isEvaluate();
			case ViewsPackage.STEP__ASSUME_ACCEPTED:
				return getAssumeAccepted();
			case ViewsPackage.STEP__ASSUME_REJECTED:
				return getAssumeRejected();
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
			case ViewsPackage.STEP__TITLE:
				setTitle((String)newValue);
				return;
			case ViewsPackage.STEP__REVEAL:
				getReveal().clear();
				getReveal().addAll((Collection<? extends Element>)newValue);
				return;
			case ViewsPackage.STEP__HIDE:
				getHide().clear();
				getHide().addAll((Collection<? extends Element>)newValue);
				return;
			case ViewsPackage.STEP__HIGHLIGHT:
				getHighlight().clear();
				getHighlight().addAll((Collection<? extends Element>)newValue);
				return;
			case ViewsPackage.STEP__FOCUS:
				getFocus().clear();
				getFocus().addAll((Collection<? extends Element>)newValue);
				return;
			case ViewsPackage.STEP__CAMERA:
				setCamera((Rectangle)newValue);
				return;
			case ViewsPackage.STEP__MINUTES:
				setMinutes((Double)newValue);
				return;
			case ViewsPackage.STEP__SPEAKER_NOTES:
				setSpeakerNotes((String)newValue);
				return;
			case ViewsPackage.STEP__EVALUATE:
				setEvaluate((Boolean)newValue);
				return;
			case ViewsPackage.STEP__ASSUME_ACCEPTED:
				getAssumeAccepted().clear();
				getAssumeAccepted().addAll((Collection<? extends Element>)newValue);
				return;
			case ViewsPackage.STEP__ASSUME_REJECTED:
				getAssumeRejected().clear();
				getAssumeRejected().addAll((Collection<? extends Element>)newValue);
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
			case ViewsPackage.STEP__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ViewsPackage.STEP__REVEAL:
				getReveal().clear();
				return;
			case ViewsPackage.STEP__HIDE:
				getHide().clear();
				return;
			case ViewsPackage.STEP__HIGHLIGHT:
				getHighlight().clear();
				return;
			case ViewsPackage.STEP__FOCUS:
				getFocus().clear();
				return;
			case ViewsPackage.STEP__CAMERA:
				setCamera((Rectangle)null);
				return;
			case ViewsPackage.STEP__MINUTES:
				setMinutes(MINUTES_EDEFAULT);
				return;
			case ViewsPackage.STEP__SPEAKER_NOTES:
				setSpeakerNotes(SPEAKER_NOTES_EDEFAULT);
				return;
			case ViewsPackage.STEP__EVALUATE:
				setEvaluate(EVALUATE_EDEFAULT);
				return;
			case ViewsPackage.STEP__ASSUME_ACCEPTED:
				getAssumeAccepted().clear();
				return;
			case ViewsPackage.STEP__ASSUME_REJECTED:
				getAssumeRejected().clear();
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
			case ViewsPackage.STEP__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ViewsPackage.STEP__REVEAL:
				return reveal != null && !reveal.isEmpty();
			case ViewsPackage.STEP__HIDE:
				return hide != null && !hide.isEmpty();
			case ViewsPackage.STEP__HIGHLIGHT:
				return highlight != null && !highlight.isEmpty();
			case ViewsPackage.STEP__FOCUS:
				return focus != null && !focus.isEmpty();
			case ViewsPackage.STEP__CAMERA:
				return camera != null;
			case ViewsPackage.STEP__MINUTES:
				return minutes != MINUTES_EDEFAULT;
			case ViewsPackage.STEP__SPEAKER_NOTES:
				return SPEAKER_NOTES_EDEFAULT == null ? speakerNotes != null : !SPEAKER_NOTES_EDEFAULT.equals(speakerNotes);
			case ViewsPackage.STEP__EVALUATE:
				return evaluate != EVALUATE_EDEFAULT;
			case ViewsPackage.STEP__ASSUME_ACCEPTED:
				return assumeAccepted != null && !assumeAccepted.isEmpty();
			case ViewsPackage.STEP__ASSUME_REJECTED:
				return assumeRejected != null && !assumeRejected.isEmpty();
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
		result.append(", minutes: ");
		result.append(minutes);
		result.append(", speakerNotes: ");
		result.append(speakerNotes);
		result.append(", evaluate: ");
		result.append(evaluate);
		result.append(')');
		return result.toString();
	}

} //StepImpl
