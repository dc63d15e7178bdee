/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views;

import org.disputatio.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The route of one line of an inference or a conflict between two shapes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.Edge#getElement <em>Element</em>}</li>
 *   <li>{@link org.disputatio.views.Edge#getSource <em>Source</em>}</li>
 *   <li>{@link org.disputatio.views.Edge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.disputatio.views.Edge#getRoute <em>Route</em>}</li>
 *   <li>{@link org.disputatio.views.Edge#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.disputatio.views.ViewsPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends ViewElement {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(Element)
	 * @see org.disputatio.views.ViewsPackage#getEdge_Element()
	 * @model required="true"
	 * @generated
	 */
	Element getElement();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Edge#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(Element value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Shape)
	 * @see org.disputatio.views.ViewsPackage#getEdge_Source()
	 * @model required="true"
	 * @generated
	 */
	Shape getSource();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Edge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Shape value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Shape)
	 * @see org.disputatio.views.ViewsPackage#getEdge_Target()
	 * @model required="true"
	 * @generated
	 */
	Shape getTarget();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Edge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Shape value);

	/**
	 * Returns the value of the '<em><b>Route</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.views.Point}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line's points, from where it leaves the source's border through its bends to where it reaches the target's border. Empty: a straight line between the shapes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Route</em>' containment reference list.
	 * @see org.disputatio.views.ViewsPackage#getEdge_Route()
	 * @model containment="true"
	 * @generated
	 */
	EList<Point> getRoute();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(Style)
	 * @see org.disputatio.views.ViewsPackage#getEdge_Style()
	 * @model containment="true"
	 * @generated
	 */
	Style getStyle();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Edge#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(Style value);

} // Edge
