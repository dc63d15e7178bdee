/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Critical Question Use</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A critical question of the inference's scheme, marked as raised or answered by the conflict or statement that does so.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.CriticalQuestionUse#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.disputatio.model.CriticalQuestionUse#getStatus <em>Status</em>}</li>
 *   <li>{@link org.disputatio.model.CriticalQuestionUse#getBy <em>By</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getCriticalQuestionUse()
 * @model
 * @generated
 */
public interface CriticalQuestionUse extends Element {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(CriticalQuestion)
	 * @see org.disputatio.model.ArgmapPackage#getCriticalQuestionUse_Question()
	 * @model required="true"
	 * @generated
	 */
	CriticalQuestion getQuestion();

	/**
	 * Sets the value of the '{@link org.disputatio.model.CriticalQuestionUse#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(CriticalQuestion value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.model.QuestionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.disputatio.model.QuestionStatus
	 * @see #setStatus(QuestionStatus)
	 * @see org.disputatio.model.ArgmapPackage#getCriticalQuestionUse_Status()
	 * @model
	 * @generated
	 */
	QuestionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.disputatio.model.CriticalQuestionUse#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.disputatio.model.QuestionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(QuestionStatus value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' reference.
	 * @see #setBy(Element)
	 * @see org.disputatio.model.ArgmapPackage#getCriticalQuestionUse_By()
	 * @model
	 * @generated
	 */
	Element getBy();

	/**
	 * Sets the value of the '{@link org.disputatio.model.CriticalQuestionUse#getBy <em>By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' reference.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(Element value);

} // CriticalQuestionUse
