/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.disputatio.model.ArgmapPackage#getSourceKind()
 * @model
 * @generated
 */
public enum SourceKind implements Enumerator {
	/**
	 * The '<em><b>Journal Article</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNAL_ARTICLE_VALUE
	 * @generated
	 * @ordered
	 */
	JOURNAL_ARTICLE(0, "journalArticle", "journal article"),

	/**
	 * The '<em><b>Book</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK_VALUE
	 * @generated
	 * @ordered
	 */
	BOOK(1, "book", "book"),

	/**
	 * The '<em><b>Book Chapter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK_CHAPTER_VALUE
	 * @generated
	 * @ordered
	 */
	BOOK_CHAPTER(2, "bookChapter", "book chapter"),

	/**
	 * The '<em><b>News Report</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWS_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	NEWS_REPORT(3, "newsReport", "news report"),

	/**
	 * The '<em><b>Magazine Feature</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAGAZINE_FEATURE_VALUE
	 * @generated
	 * @ordered
	 */
	MAGAZINE_FEATURE(4, "magazineFeature", "magazine feature"),

	/**
	 * The '<em><b>Policy Essay</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ESSAY_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_ESSAY(5, "policyEssay", "policy essay"),

	/**
	 * The '<em><b>Report</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	REPORT(6, "report", "report"),

	/**
	 * The '<em><b>Interview</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(7, "interview", "interview"),

	/**
	 * The '<em><b>Web Page</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	WEB_PAGE(8, "webPage", "web page"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "other", "other");

	/**
	 * The '<em><b>Journal Article</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNAL_ARTICLE
	 * @model name="journalArticle" literal="journal article"
	 * @generated
	 * @ordered
	 */
	public static final int JOURNAL_ARTICLE_VALUE = 0;

	/**
	 * The '<em><b>Book</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK
	 * @model name="book"
	 * @generated
	 * @ordered
	 */
	public static final int BOOK_VALUE = 1;

	/**
	 * The '<em><b>Book Chapter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK_CHAPTER
	 * @model name="bookChapter" literal="book chapter"
	 * @generated
	 * @ordered
	 */
	public static final int BOOK_CHAPTER_VALUE = 2;

	/**
	 * The '<em><b>News Report</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWS_REPORT
	 * @model name="newsReport" literal="news report"
	 * @generated
	 * @ordered
	 */
	public static final int NEWS_REPORT_VALUE = 3;

	/**
	 * The '<em><b>Magazine Feature</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAGAZINE_FEATURE
	 * @model name="magazineFeature" literal="magazine feature"
	 * @generated
	 * @ordered
	 */
	public static final int MAGAZINE_FEATURE_VALUE = 4;

	/**
	 * The '<em><b>Policy Essay</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ESSAY
	 * @model name="policyEssay" literal="policy essay"
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_ESSAY_VALUE = 5;

	/**
	 * The '<em><b>Report</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT
	 * @model name="report"
	 * @generated
	 * @ordered
	 */
	public static final int REPORT_VALUE = 6;

	/**
	 * The '<em><b>Interview</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW
	 * @model name="interview"
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 7;

	/**
	 * The '<em><b>Web Page</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_PAGE
	 * @model name="webPage" literal="web page"
	 * @generated
	 * @ordered
	 */
	public static final int WEB_PAGE_VALUE = 8;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SourceKind[] VALUES_ARRAY =
		new SourceKind[] {
			JOURNAL_ARTICLE,
			BOOK,
			BOOK_CHAPTER,
			NEWS_REPORT,
			MAGAZINE_FEATURE,
			POLICY_ESSAY,
			REPORT,
			INTERVIEW,
			WEB_PAGE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Source Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceKind get(int value) {
		switch (value) {
			case JOURNAL_ARTICLE_VALUE: return JOURNAL_ARTICLE;
			case BOOK_VALUE: return BOOK;
			case BOOK_CHAPTER_VALUE: return BOOK_CHAPTER;
			case NEWS_REPORT_VALUE: return NEWS_REPORT;
			case MAGAZINE_FEATURE_VALUE: return MAGAZINE_FEATURE;
			case POLICY_ESSAY_VALUE: return POLICY_ESSAY;
			case REPORT_VALUE: return REPORT;
			case INTERVIEW_VALUE: return INTERVIEW;
			case WEB_PAGE_VALUE: return WEB_PAGE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SourceKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SourceKind
