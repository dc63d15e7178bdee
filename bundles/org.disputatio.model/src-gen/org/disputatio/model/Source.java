/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A text the arguments are read in, or a work that such a text cites.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.disputatio.model.Source#getTitle <em>Title</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getYear <em>Year</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getYearSuffix <em>Year Suffix</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getVenue <em>Venue</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getUrl <em>Url</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.disputatio.model.Source#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.disputatio.model.ArgmapPackage#getSource()
 * @model
 * @generated
 */
public interface Source extends Element {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.disputatio.model.ArgmapPackage#getSource_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' containment reference list.
	 * The list contents are of type {@link org.disputatio.model.Author}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The authors in the order the work names them; for an edited volume or a report, its editors or the institution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authors</em>' containment reference list.
	 * @see org.disputatio.model.ArgmapPackage#getSource_Authors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Author> getAuthors();

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.disputatio.model.ArgmapPackage#getSource_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Year Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The letter that tells apart works of the same authors in the same year: the a of 2015a.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year Suffix</em>' attribute.
	 * @see #setYearSuffix(String)
	 * @see org.disputatio.model.ArgmapPackage#getSource_YearSuffix()
	 * @model
	 * @generated
	 */
	String getYearSuffix();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getYearSuffix <em>Year Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Suffix</em>' attribute.
	 * @see #getYearSuffix()
	 * @generated
	 */
	void setYearSuffix(String value);

	/**
	 * Returns the value of the '<em><b>Venue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Venue</em>' attribute.
	 * @see #setVenue(String)
	 * @see org.disputatio.model.ArgmapPackage#getSource_Venue()
	 * @model
	 * @generated
	 */
	String getVenue();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getVenue <em>Venue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Venue</em>' attribute.
	 * @see #getVenue()
	 * @generated
	 */
	void setVenue(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.disputatio.model.ArgmapPackage#getSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doi</em>' attribute.
	 * @see #setDoi(String)
	 * @see org.disputatio.model.ArgmapPackage#getSource_Doi()
	 * @model
	 * @generated
	 */
	String getDoi();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getDoi <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doi</em>' attribute.
	 * @see #getDoi()
	 * @generated
	 */
	void setDoi(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.disputatio.model.SourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.disputatio.model.SourceKind
	 * @see #setKind(SourceKind)
	 * @see org.disputatio.model.ArgmapPackage#getSource_Kind()
	 * @model
	 * @generated
	 */
	SourceKind getKind();

	/**
	 * Sets the value of the '{@link org.disputatio.model.Source#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.disputatio.model.SourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SourceKind value);

} // Source
