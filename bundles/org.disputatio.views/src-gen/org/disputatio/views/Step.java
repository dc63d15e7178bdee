/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views;

import org.disputatio.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One stop of a presentation. Steps are cumulative: a step shows what the steps before it revealed and did not hide, plus what it reveals itself, minus what it hides.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.Step#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getReveal <em>Reveal</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getHide <em>Hide</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getHighlight <em>Highlight</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getCamera <em>Camera</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getSpeakerNotes <em>Speaker Notes</em>}</li>
 *   <li>{@link org.disputatio.views.Step#isEvaluate <em>Evaluate</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getAssumeAccepted <em>Assume Accepted</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getAssumeRejected <em>Assume Rejected</em>}</li>
 * </ul>
 *
 * @see org.disputatio.views.ViewsPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends ViewElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.disputatio.views.ViewsPackage#getStep_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Step#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Reveal</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reveal</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_Reveal()
	 * @model
	 * @generated
	 */
	EList<Element> getReveal();

	/**
	 * Returns the value of the '<em><b>Hide</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements shown by earlier steps that this step takes away again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hide</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_Hide()
	 * @model
	 * @generated
	 */
	EList<Element> getHide();

	/**
	 * Returns the value of the '<em><b>Highlight</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements stressed at this step only; the rest of what is shown is dimmed around them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Highlight</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_Highlight()
	 * @model
	 * @generated
	 */
	EList<Element> getHighlight();

	/**
	 * Returns the value of the '<em><b>Focus</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements the camera frames at this step. None and no camera: the camera frames everything shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Focus</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_Focus()
	 * @model
	 * @generated
	 */
	EList<Element> getFocus();

	/**
	 * Returns the value of the '<em><b>Camera</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An explicit area of the diagram to show, in diagram units, when framing the focus is not what is wanted; it wins over the focus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Camera</em>' containment reference.
	 * @see #setCamera(Rectangle)
	 * @see org.disputatio.views.ViewsPackage#getStep_Camera()
	 * @model containment="true"
	 * @generated
	 */
	Rectangle getCamera();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Step#getCamera <em>Camera</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Camera</em>' containment reference.
	 * @see #getCamera()
	 * @generated
	 */
	void setCamera(Rectangle value);

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned speaking time for this step, in minutes; 0 when not planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(double)
	 * @see org.disputatio.views.ViewsPackage#getStep_Minutes()
	 * @model
	 * @generated
	 */
	double getMinutes();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Step#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(double value);

	/**
	 * Returns the value of the '<em><b>Speaker Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker Notes</em>' attribute.
	 * @see #setSpeakerNotes(String)
	 * @see org.disputatio.views.ViewsPackage#getStep_SpeakerNotes()
	 * @model
	 * @generated
	 */
	String getSpeakerNotes();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Step#getSpeakerNotes <em>Speaker Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker Notes</em>' attribute.
	 * @see #getSpeakerNotes()
	 * @generated
	 */
	void setSpeakerNotes(String value);

	/**
	 * Returns the value of the '<em><b>Evaluate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this step shows each statement's and inference's label (accepted, rejected, undecided) under the map's attacks. For this step only, like its highlights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluate</em>' attribute.
	 * @see #setEvaluate(boolean)
	 * @see org.disputatio.views.ViewsPackage#getStep_Evaluate()
	 * @model
	 * @generated
	 */
	boolean isEvaluate();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Step#isEvaluate <em>Evaluate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluate</em>' attribute.
	 * @see #isEvaluate()
	 * @generated
	 */
	void setEvaluate(boolean value);

	/**
	 * Returns the value of the '<em><b>Assume Accepted</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's own what-if: statements or inferences taken as accepted at this step, whatever attacks them. Counts only when the evaluation is shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assume Accepted</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_AssumeAccepted()
	 * @model
	 * @generated
	 */
	EList<Element> getAssumeAccepted();

	/**
	 * Returns the value of the '<em><b>Assume Rejected</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's own what-if: statements or inferences taken as rejected at this step, whatever supports them. Counts only when the evaluation is shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assume Rejected</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_AssumeRejected()
	 * @model
	 * @generated
	 */
	EList<Element> getAssumeRejected();

} // Step
