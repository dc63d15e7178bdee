/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views.impl;

import java.util.Collection;

import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;
import org.disputatio.views.Shape;
import org.disputatio.views.ViewsPackage;

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
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.impl.DiagramImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.disputatio.views.impl.DiagramImpl#getLayoutAlgorithm <em>Layout Algorithm</em>}</li>
 *   <li>{@link org.disputatio.views.impl.DiagramImpl#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.disputatio.views.impl.DiagramImpl#getLineRouting <em>Line Routing</em>}</li>
 *   <li>{@link org.disputatio.views.impl.DiagramImpl#getShapes <em>Shapes</em>}</li>
 *   <li>{@link org.disputatio.views.impl.DiagramImpl#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends ViewElementImpl implements Diagram {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayoutAlgorithm() <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutAlgorithm LAYOUT_ALGORITHM_EDEFAULT = LayoutAlgorithm.LAYERED;

	/**
	 * The cached value of the '{@link #getLayoutAlgorithm() <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected LayoutAlgorithm layoutAlgorithm = LAYOUT_ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection LAYOUT_DIRECTION_EDEFAULT = LayoutDirection.UP;

	/**
	 * The cached value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection layoutDirection = LAYOUT_DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineRouting() <em>Line Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineRouting()
	 * @generated
	 * @ordered
	 */
	protected static final LineRouting LINE_ROUTING_EDEFAULT = LineRouting.ORTHOGONAL;

	/**
	 * The cached value of the '{@link #getLineRouting() <em>Line Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineRouting()
	 * @generated
	 * @ordered
	 */
	protected LineRouting lineRouting = LINE_ROUTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getShapes() <em>Shapes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShapes()
	 * @generated
	 * @ordered
	 */
	protected EList<Shape> shapes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<Edge> edges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewsPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.DIAGRAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutAlgorithm getLayoutAlgorithm() {
		return layoutAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutAlgorithm(LayoutAlgorithm newLayoutAlgorithm) {
		LayoutAlgorithm oldLayoutAlgorithm = layoutAlgorithm;
		layoutAlgorithm = newLayoutAlgorithm == null ? LAYOUT_ALGORITHM_EDEFAULT : newLayoutAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.DIAGRAM__LAYOUT_ALGORITHM, oldLayoutAlgorithm, layoutAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getLayoutDirection() {
		return layoutDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutDirection(LayoutDirection newLayoutDirection) {
		LayoutDirection oldLayoutDirection = layoutDirection;
		layoutDirection = newLayoutDirection == null ? LAYOUT_DIRECTION_EDEFAULT : newLayoutDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.DIAGRAM__LAYOUT_DIRECTION, oldLayoutDirection, layoutDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineRouting getLineRouting() {
		return lineRouting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineRouting(LineRouting newLineRouting) {
		LineRouting oldLineRouting = lineRouting;
		lineRouting = newLineRouting == null ? LINE_ROUTING_EDEFAULT : newLineRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewsPackage.DIAGRAM__LINE_ROUTING, oldLineRouting, lineRouting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Shape> getShapes() {
		if (shapes == null) {
			shapes = new EObjectContainmentEList<Shape>(Shape.class, this, ViewsPackage.DIAGRAM__SHAPES);
		}
		return shapes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Edge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<Edge>(Edge.class, this, ViewsPackage.DIAGRAM__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewsPackage.DIAGRAM__SHAPES:
				return ((InternalEList<?>)getShapes()).basicRemove(otherEnd, msgs);
			case ViewsPackage.DIAGRAM__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
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
			case ViewsPackage.DIAGRAM__NAME:
				return getName();
			case ViewsPackage.DIAGRAM__LAYOUT_ALGORITHM:
				return getLayoutAlgorithm();
			case ViewsPackage.DIAGRAM__LAYOUT_DIRECTION:
				return getLayoutDirection();
			case ViewsPackage.DIAGRAM__LINE_ROUTING:
				return getLineRouting();
			case ViewsPackage.DIAGRAM__SHAPES:
				return getShapes();
			case ViewsPackage.DIAGRAM__EDGES:
				return getEdges();
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
			case ViewsPackage.DIAGRAM__NAME:
				setName((String)newValue);
				return;
			case ViewsPackage.DIAGRAM__LAYOUT_ALGORITHM:
				setLayoutAlgorithm((LayoutAlgorithm)newValue);
				return;
			case ViewsPackage.DIAGRAM__LAYOUT_DIRECTION:
				setLayoutDirection((LayoutDirection)newValue);
				return;
			case ViewsPackage.DIAGRAM__LINE_ROUTING:
				setLineRouting((LineRouting)newValue);
				return;
			case ViewsPackage.DIAGRAM__SHAPES:
				getShapes().clear();
				getShapes().addAll((Collection<? extends Shape>)newValue);
				return;
			case ViewsPackage.DIAGRAM__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends Edge>)newValue);
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
			case ViewsPackage.DIAGRAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ViewsPackage.DIAGRAM__LAYOUT_ALGORITHM:
				setLayoutAlgorithm(LAYOUT_ALGORITHM_EDEFAULT);
				return;
			case ViewsPackage.DIAGRAM__LAYOUT_DIRECTION:
				setLayoutDirection(LAYOUT_DIRECTION_EDEFAULT);
				return;
			case ViewsPackage.DIAGRAM__LINE_ROUTING:
				setLineRouting(LINE_ROUTING_EDEFAULT);
				return;
			case ViewsPackage.DIAGRAM__SHAPES:
				getShapes().clear();
				return;
			case ViewsPackage.DIAGRAM__EDGES:
				getEdges().clear();
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
			case ViewsPackage.DIAGRAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ViewsPackage.DIAGRAM__LAYOUT_ALGORITHM:
				return layoutAlgorithm != LAYOUT_ALGORITHM_EDEFAULT;
			case ViewsPackage.DIAGRAM__LAYOUT_DIRECTION:
				return layoutDirection != LAYOUT_DIRECTION_EDEFAULT;
			case ViewsPackage.DIAGRAM__LINE_ROUTING:
				return lineRouting != LINE_ROUTING_EDEFAULT;
			case ViewsPackage.DIAGRAM__SHAPES:
				return shapes != null && !shapes.isEmpty();
			case ViewsPackage.DIAGRAM__EDGES:
				return edges != null && !edges.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", layoutAlgorithm: ");
		result.append(layoutAlgorithm);
		result.append(", layoutDirection: ");
		result.append(layoutDirection);
		result.append(", lineRouting: ");
		result.append(lineRouting);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
