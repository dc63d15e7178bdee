/**
 */
package org.disputatio.views;

import org.disputatio.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.views.Step#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getReveal <em>Reveal</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getHighlight <em>Highlight</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.disputatio.views.Step#getSpeakerNotes <em>Speaker Notes</em>}</li>
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
	 * Returns the value of the '<em><b>Highlight</b></em>' reference list.
	 * The list contents are of type {@link org.disputatio.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
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
	 * @return the value of the '<em>Focus</em>' reference list.
	 * @see org.disputatio.views.ViewsPackage#getStep_Focus()
	 * @model
	 * @generated
	 */
	EList<Element> getFocus();

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

} // Step
