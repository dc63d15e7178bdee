/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reason (AIF RA-node): the premises jointly support the conclusion. Several premises make a linked argument; several inferences into one conclusion are convergent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Inference#getPremises <em>Premises</em>}</li>
 *   <li>{@link org.disputatio.model.Inference#getConclusion <em>Conclusion</em>}</li>
 *   <li>{@link org.disputatio.model.Inference#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.disputatio.model.Inference#getCriticalQuestions <em>Critical Questions</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getInference()
 * @model
 * @generated
 */
public interface Inference extends Element, Attackable {
	/**
	 * Returns the value of the '<em><b>Premises</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Statement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Premises</em>' reference list.
	 * @see org.disputatio.model.ArgmapPackage#getInference_Premises()
	 * @model required="true"
	 * @generated
	 */
	EList<Statement> getPremises();

	/**
	 * Returns the value of the '<em><b>Conclusion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conclusion</em>' reference.
	 * @see #setConclusion(Statement)
	 * @see org.disputatio.model.ArgmapPackage#getInference_Conclusion()
	 * @model required="true"
	 * @generated
	 */
	Statement getConclusion();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Inference#getConclusion <em>Conclusion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conclusion</em>' reference.
	 * @see #getConclusion()
	 * @generated
	 */
	void setConclusion(Statement value);

	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme</em>' reference.
	 * @see #setScheme(Scheme)
	 * @see org.disputatio.model.ArgmapPackage#getInference_Scheme()
	 * @model
	 * @generated
	 */
	Scheme getScheme();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Inference#getScheme <em>Scheme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' reference.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(Scheme value);

	/**
	 * Returns the value of the '<em><b>Critical Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.CriticalQuestionUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical Questions</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getInference_CriticalQuestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriticalQuestionUse> getCriticalQuestions();

} // Inference
