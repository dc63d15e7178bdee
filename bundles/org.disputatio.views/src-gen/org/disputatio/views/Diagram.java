/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named drawing of (part of) a map. Deleting a shape removes the element from this drawing only.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.Diagram#getName <em>Name</em>}</li>
 *   <li>{@link org.disputatio.views.Diagram#getLayoutAlgorithm <em>Layout Algorithm</em>}</li>
 *   <li>{@link org.disputatio.views.Diagram#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.disputatio.views.Diagram#getLineRouting <em>Line Routing</em>}</li>
 *   <li>{@link org.disputatio.views.Diagram#getShapes <em>Shapes</em>}</li>
 *   <li>{@link org.disputatio.views.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.disputatio.views.ViewsPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends ViewElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.disputatio.views.ViewsPackage#getDiagram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Diagram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Layout Algorithm</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.views.LayoutAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout Algorithm</em>' attribute.
	 * @see org.disputatio.views.LayoutAlgorithm
	 * @see #setLayoutAlgorithm(LayoutAlgorithm)
	 * @see org.disputatio.views.ViewsPackage#getDiagram_LayoutAlgorithm()
	 * @model
	 * @generated
	 */
	LayoutAlgorithm getLayoutAlgorithm();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Diagram#getLayoutAlgorithm <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Algorithm</em>' attribute.
	 * @see org.disputatio.views.LayoutAlgorithm
	 * @see #getLayoutAlgorithm()
	 * @generated
	 */
	void setLayoutAlgorithm(LayoutAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Layout Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.views.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout Direction</em>' attribute.
	 * @see org.disputatio.views.LayoutDirection
	 * @see #setLayoutDirection(LayoutDirection)
	 * @see org.disputatio.views.ViewsPackage#getDiagram_LayoutDirection()
	 * @model
	 * @generated
	 */
	LayoutDirection getLayoutDirection();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Diagram#getLayoutDirection <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Direction</em>' attribute.
	 * @see org.disputatio.views.LayoutDirection
	 * @see #getLayoutDirection()
	 * @generated
	 */
	void setLayoutDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Line Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.views.LineRouting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Routing</em>' attribute.
	 * @see org.disputatio.views.LineRouting
	 * @see #setLineRouting(LineRouting)
	 * @see org.disputatio.views.ViewsPackage#getDiagram_LineRouting()
	 * @model
	 * @generated
	 */
	LineRouting getLineRouting();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Diagram#getLineRouting <em>Line Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Routing</em>' attribute.
	 * @see org.disputatio.views.LineRouting
	 * @see #getLineRouting()
	 * @generated
	 */
	void setLineRouting(LineRouting value);

	/**
	 * Returns the value of the '<em><b>Shapes</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.views.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shapes</em>' containment reference list.
	 * @see org.disputatio.views.ViewsPackage#getDiagram_Shapes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Shape> getShapes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.views.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.disputatio.views.ViewsPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Edge> getEdges();

} // Diagram
