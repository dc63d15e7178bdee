/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.views;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Overrides of the visual style for one shape or edge; colours as #rrggbb.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.Style#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.disputatio.views.Style#getLineColor <em>Line Color</em>}</li>
 *   <li>{@link org.disputatio.views.Style#getTextColor <em>Text Color</em>}</li>
 *   <li>{@link org.disputatio.views.Style#getFontScale <em>Font Scale</em>}</li>
 * </ul>
 *
 * @see org.disputatio.views.ViewsPackage#getStyle()
 * @model
 * @generated
 */
public interface Style extends EObject {
	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see org.disputatio.views.ViewsPackage#getStyle_FillColor()
	 * @model
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Style#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Returns the value of the '<em><b>Line Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Color</em>' attribute.
	 * @see #setLineColor(String)
	 * @see org.disputatio.views.ViewsPackage#getStyle_LineColor()
	 * @model
	 * @generated
	 */
	String getLineColor();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Style#getLineColor <em>Line Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Color</em>' attribute.
	 * @see #getLineColor()
	 * @generated
	 */
	void setLineColor(String value);

	/**
	 * Returns the value of the '<em><b>Text Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Color</em>' attribute.
	 * @see #setTextColor(String)
	 * @see org.disputatio.views.ViewsPackage#getStyle_TextColor()
	 * @model
	 * @generated
	 */
	String getTextColor();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Style#getTextColor <em>Text Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Color</em>' attribute.
	 * @see #getTextColor()
	 * @generated
	 */
	void setTextColor(String value);

	/**
	 * Returns the value of the '<em><b>Font Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Font Scale</em>' attribute.
	 * @see #setFontScale(Double)
	 * @see org.disputatio.views.ViewsPackage#getStyle_FontScale()
	 * @model
	 * @generated
	 */
	Double getFontScale();

	/**
	 * Sets the value of the '{@link org.disputatio.views.Style#getFontScale <em>Font Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Scale</em>' attribute.
	 * @see #getFontScale()
	 * @generated
	 */
	void setFontScale(Double value);

} // Style
