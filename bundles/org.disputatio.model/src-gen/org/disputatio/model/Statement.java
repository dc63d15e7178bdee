/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A proposition (AIF I-node): a claim someone asserts, evidence, or a rebuttal put forward against another claim or inference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Statement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getLabel <em>Label</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getText <em>Text</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getLocator <em>Locator</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getSource <em>Source</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getProponent <em>Proponent</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.disputatio.model.Statement#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getStatement()
 * @model
 * @generated
 */
public interface Statement extends Element, Attackable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.model.StatementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.disputatio.model.StatementKind
	 * @see #setKind(StatementKind)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Kind()
	 * @model
	 * @generated
	 */
	StatementKind getKind();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.disputatio.model.StatementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StatementKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The short wording the map shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The verbatim passage of the source the statement rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where in the source the quote stands: page, section, paragraph or endnote.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locator</em>' attribute.
	 * @see #setLocator(String)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Locator()
	 * @model
	 * @generated
	 */
	String getLocator();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getLocator <em>Locator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locator</em>' attribute.
	 * @see #getLocator()
	 * @generated
	 */
	void setLocator(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Proponent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proponent</em>' reference.
	 * @see #setProponent(Actor)
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Proponent()
	 * @model
	 * @generated
	 */
	Actor getProponent();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Statement#getProponent <em>Proponent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proponent</em>' reference.
	 * @see #getProponent()
	 * @generated
	 */
	void setProponent(Actor value);

	/**
	 * Returns the value of the '<em><b>Citations</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Citation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The works the source cites for this statement when it reports someone else's view.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citations</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Citations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Citation> getCitations();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.disputatio.model.ArgmapPackage#getStatement_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

} // Statement
