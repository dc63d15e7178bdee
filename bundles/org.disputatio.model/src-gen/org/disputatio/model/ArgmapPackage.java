/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The semantic model of an argument map, after the Argument Interchange Format (AIF): statements are I-nodes, inferences RA-nodes, conflicts CA-nodes, preferences PA-nodes and rephrases MA-nodes. It knows nothing of diagrams; the views package refers to it.
 * <!-- end-model-doc -->
 * @see org.disputatio.model.ArgmapFactory
 * @model kind="package"
 * @generated
 */
public interface ArgmapPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://disputatio.org/argmap/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "argmap";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ArgmapPackage eINSTANCE = org.disputatio.model.impl.ArgmapPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.ElementImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NOTES = 1;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.ArgumentMapImpl <em>Argument Map</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.ArgumentMapImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getArgumentMap()
	 * @generated
	 */
	int ARGUMENT_MAP = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__TITLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__DESCRIPTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__SOURCES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__ACTORS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__STATEMENTS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Inferences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__INFERENCES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__CONFLICTS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Preferences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__PREFERENCES = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rephrases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__REPHRASES = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__ARGUMENTS = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Schemes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__SCHEMES = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Argument Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Argument Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.SourceImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHORS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__YEAR = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Year Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__YEAR_SUFFIX = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Venue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__VENUE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DOI = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__KIND = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.AuthorImpl <em>Author</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.AuthorImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getAuthor()
	 * @generated
	 */
	int AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__FAMILY = 0;

	/**
	 * The feature id for the '<em><b>Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__GIVEN = 1;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__SUFFIX = 2;

	/**
	 * The feature id for the '<em><b>Literal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__LITERAL = 3;

	/**
	 * The feature id for the '<em><b>Family First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__FAMILY_FIRST = 4;

	/**
	 * The number of structural features of the '<em>Author</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Author</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.ActorImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.Attackable <em>Attackable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.Attackable
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getAttackable()
	 * @generated
	 */
	int ATTACKABLE = 5;

	/**
	 * The number of structural features of the '<em>Attackable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACKABLE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Attackable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACKABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.StatementImpl <em>Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.StatementImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getStatement()
	 * @generated
	 */
	int STATEMENT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__LABEL = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TEXT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__QUOTE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__LOCATOR = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__SOURCE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Proponent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__PROPONENT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__CITATIONS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TAGS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.CitationImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Work</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__WORK = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__LOCATOR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.InferenceImpl <em>Inference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.InferenceImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getInference()
	 * @generated
	 */
	int INFERENCE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Premises</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__PREMISES = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Conclusion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__CONCLUSION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__SCHEME = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Critical Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__CRITICAL_QUESTIONS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Inference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Inference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.SchemeImpl <em>Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.SchemeImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getScheme()
	 * @generated
	 */
	int SCHEME = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__DESCRIPTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Critical Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__CRITICAL_QUESTIONS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.CriticalQuestionImpl <em>Critical Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.CriticalQuestionImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getCriticalQuestion()
	 * @generated
	 */
	int CRITICAL_QUESTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION__TEXT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Critical Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Critical Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.CriticalQuestionUseImpl <em>Critical Question Use</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.CriticalQuestionUseImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getCriticalQuestionUse()
	 * @generated
	 */
	int CRITICAL_QUESTION_USE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE__QUESTION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE__STATUS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE__BY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Critical Question Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Critical Question Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_USE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.ConflictImpl <em>Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.ConflictImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getConflict()
	 * @generated
	 */
	int CONFLICT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Attackers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__ATTACKERS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__TARGET = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.PreferenceImpl <em>Preference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.PreferenceImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getPreference()
	 * @generated
	 */
	int PREFERENCE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Preferred</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__PREFERRED = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dispreferred</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE__DISPREFERRED = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Preference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Preference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREFERENCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.RephraseImpl <em>Rephrase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.RephraseImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getRephrase()
	 * @generated
	 */
	int REPHRASE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPHRASE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPHRASE__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Original</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPHRASE__ORIGINAL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Restatement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPHRASE__RESTATEMENT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Rephrase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPHRASE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Rephrase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPHRASE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.impl.ArgumentImpl <em>Argument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.impl.ArgumentImpl
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getArgument()
	 * @generated
	 */
	int ARGUMENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT__TITLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT__DESCRIPTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inferences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT__INFERENCES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Main Conclusion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT__MAIN_CONCLUSION = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Argument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Argument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.disputatio.model.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.SourceKind
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 16;

	/**
	 * The meta object id for the '{@link org.disputatio.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.ActorKind
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 17;

	/**
	 * The meta object id for the '{@link org.disputatio.model.StatementKind <em>Statement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.StatementKind
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getStatementKind()
	 * @generated
	 */
	int STATEMENT_KIND = 18;

	/**
	 * The meta object id for the '{@link org.disputatio.model.QuestionStatus <em>Question Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.QuestionStatus
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getQuestionStatus()
	 * @generated
	 */
	int QUESTION_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.disputatio.model.ConflictKind <em>Conflict Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.disputatio.model.ConflictKind
	 * @see org.disputatio.model.impl.ArgmapPackageImpl#getConflictKind()
	 * @generated
	 */
	int CONFLICT_KIND = 20;


	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.disputatio.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.disputatio.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Element#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.disputatio.model.Element#getNotes()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Notes();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.ArgumentMap <em>Argument Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Argument Map</em>'.
	 * @see org.disputatio.model.ArgumentMap
	 * @generated
	 */
	EClass getArgumentMap();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.ArgumentMap#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.disputatio.model.ArgumentMap#getTitle()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EAttribute getArgumentMap_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.ArgumentMap#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.disputatio.model.ArgumentMap#getDescription()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EAttribute getArgumentMap_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.disputatio.model.ArgumentMap#getSources()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.disputatio.model.ArgumentMap#getActors()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getStatements <em>Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statements</em>'.
	 * @see org.disputatio.model.ArgumentMap#getStatements()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Statements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getInferences <em>Inferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inferences</em>'.
	 * @see org.disputatio.model.ArgumentMap#getInferences()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Inferences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see org.disputatio.model.ArgumentMap#getConflicts()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Conflicts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getPreferences <em>Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Preferences</em>'.
	 * @see org.disputatio.model.ArgumentMap#getPreferences()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Preferences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getRephrases <em>Rephrases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rephrases</em>'.
	 * @see org.disputatio.model.ArgumentMap#getRephrases()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Rephrases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arguments</em>'.
	 * @see org.disputatio.model.ArgumentMap#getArguments()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Arguments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.ArgumentMap#getSchemes <em>Schemes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schemes</em>'.
	 * @see org.disputatio.model.ArgumentMap#getSchemes()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Schemes();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.disputatio.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.disputatio.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.Source#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Authors</em>'.
	 * @see org.disputatio.model.Source#getAuthors()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Authors();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.disputatio.model.Source#getYear()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getYearSuffix <em>Year Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Suffix</em>'.
	 * @see org.disputatio.model.Source#getYearSuffix()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_YearSuffix();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getVenue <em>Venue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Venue</em>'.
	 * @see org.disputatio.model.Source#getVenue()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Venue();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.disputatio.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see org.disputatio.model.Source#getDoi()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Doi();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Source#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.disputatio.model.Source#getKind()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Kind();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Author <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Author</em>'.
	 * @see org.disputatio.model.Author
	 * @generated
	 */
	EClass getAuthor();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Author#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.disputatio.model.Author#getFamily()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Author#getGiven <em>Given</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given</em>'.
	 * @see org.disputatio.model.Author#getGiven()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_Given();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Author#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see org.disputatio.model.Author#getSuffix()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_Suffix();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Author#getLiteral <em>Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Literal</em>'.
	 * @see org.disputatio.model.Author#getLiteral()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_Literal();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Author#isFamilyFirst <em>Family First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family First</em>'.
	 * @see org.disputatio.model.Author#isFamilyFirst()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_FamilyFirst();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.disputatio.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.disputatio.model.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.disputatio.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Actor#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.disputatio.model.Actor#getDescription()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Description();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Attackable <em>Attackable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attackable</em>'.
	 * @see org.disputatio.model.Attackable
	 * @generated
	 */
	EClass getAttackable();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Statement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statement</em>'.
	 * @see org.disputatio.model.Statement
	 * @generated
	 */
	EClass getStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Statement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.disputatio.model.Statement#getKind()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Statement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.disputatio.model.Statement#getLabel()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Statement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.disputatio.model.Statement#getText()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Statement#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.disputatio.model.Statement#getQuote()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Statement#getLocator <em>Locator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locator</em>'.
	 * @see org.disputatio.model.Statement#getLocator()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Locator();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Statement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.disputatio.model.Statement#getSource()
	 * @see #getStatement()
	 * @generated
	 */
	EReference getStatement_Source();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Statement#getProponent <em>Proponent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Proponent</em>'.
	 * @see org.disputatio.model.Statement#getProponent()
	 * @see #getStatement()
	 * @generated
	 */
	EReference getStatement_Proponent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.Statement#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Citations</em>'.
	 * @see org.disputatio.model.Statement#getCitations()
	 * @see #getStatement()
	 * @generated
	 */
	EReference getStatement_Citations();

	/**
	 * Returns the meta object for the attribute list '{@link org.disputatio.model.Statement#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.disputatio.model.Statement#getTags()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Tags();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see org.disputatio.model.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Citation#getWork <em>Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work</em>'.
	 * @see org.disputatio.model.Citation#getWork()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_Work();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Citation#getLocator <em>Locator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locator</em>'.
	 * @see org.disputatio.model.Citation#getLocator()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Locator();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Inference <em>Inference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inference</em>'.
	 * @see org.disputatio.model.Inference
	 * @generated
	 */
	EClass getInference();

	/**
	 * Returns the meta object for the reference list '{@link org.disputatio.model.Inference#getPremises <em>Premises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Premises</em>'.
	 * @see org.disputatio.model.Inference#getPremises()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_Premises();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Inference#getConclusion <em>Conclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Conclusion</em>'.
	 * @see org.disputatio.model.Inference#getConclusion()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_Conclusion();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Inference#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scheme</em>'.
	 * @see org.disputatio.model.Inference#getScheme()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_Scheme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.Inference#getCriticalQuestions <em>Critical Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Critical Questions</em>'.
	 * @see org.disputatio.model.Inference#getCriticalQuestions()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_CriticalQuestions();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Scheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheme</em>'.
	 * @see org.disputatio.model.Scheme
	 * @generated
	 */
	EClass getScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Scheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.disputatio.model.Scheme#getName()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Scheme#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.disputatio.model.Scheme#getDescription()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.disputatio.model.Scheme#getCriticalQuestions <em>Critical Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Critical Questions</em>'.
	 * @see org.disputatio.model.Scheme#getCriticalQuestions()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_CriticalQuestions();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.CriticalQuestion <em>Critical Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Critical Question</em>'.
	 * @see org.disputatio.model.CriticalQuestion
	 * @generated
	 */
	EClass getCriticalQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.CriticalQuestion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.disputatio.model.CriticalQuestion#getText()
	 * @see #getCriticalQuestion()
	 * @generated
	 */
	EAttribute getCriticalQuestion_Text();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.CriticalQuestionUse <em>Critical Question Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Critical Question Use</em>'.
	 * @see org.disputatio.model.CriticalQuestionUse
	 * @generated
	 */
	EClass getCriticalQuestionUse();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.CriticalQuestionUse#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see org.disputatio.model.CriticalQuestionUse#getQuestion()
	 * @see #getCriticalQuestionUse()
	 * @generated
	 */
	EReference getCriticalQuestionUse_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.CriticalQuestionUse#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.disputatio.model.CriticalQuestionUse#getStatus()
	 * @see #getCriticalQuestionUse()
	 * @generated
	 */
	EAttribute getCriticalQuestionUse_Status();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.CriticalQuestionUse#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>By</em>'.
	 * @see org.disputatio.model.CriticalQuestionUse#getBy()
	 * @see #getCriticalQuestionUse()
	 * @generated
	 */
	EReference getCriticalQuestionUse_By();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Conflict <em>Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conflict</em>'.
	 * @see org.disputatio.model.Conflict
	 * @generated
	 */
	EClass getConflict();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Conflict#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.disputatio.model.Conflict#getKind()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.disputatio.model.Conflict#getAttackers <em>Attackers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attackers</em>'.
	 * @see org.disputatio.model.Conflict#getAttackers()
	 * @see #getConflict()
	 * @generated
	 */
	EReference getConflict_Attackers();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Conflict#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.disputatio.model.Conflict#getTarget()
	 * @see #getConflict()
	 * @generated
	 */
	EReference getConflict_Target();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Preference <em>Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Preference</em>'.
	 * @see org.disputatio.model.Preference
	 * @generated
	 */
	EClass getPreference();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Preference#getPreferred <em>Preferred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Preferred</em>'.
	 * @see org.disputatio.model.Preference#getPreferred()
	 * @see #getPreference()
	 * @generated
	 */
	EReference getPreference_Preferred();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Preference#getDispreferred <em>Dispreferred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dispreferred</em>'.
	 * @see org.disputatio.model.Preference#getDispreferred()
	 * @see #getPreference()
	 * @generated
	 */
	EReference getPreference_Dispreferred();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Rephrase <em>Rephrase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rephrase</em>'.
	 * @see org.disputatio.model.Rephrase
	 * @generated
	 */
	EClass getRephrase();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Rephrase#getOriginal <em>Original</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Original</em>'.
	 * @see org.disputatio.model.Rephrase#getOriginal()
	 * @see #getRephrase()
	 * @generated
	 */
	EReference getRephrase_Original();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Rephrase#getRestatement <em>Restatement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Restatement</em>'.
	 * @see org.disputatio.model.Rephrase#getRestatement()
	 * @see #getRephrase()
	 * @generated
	 */
	EReference getRephrase_Restatement();

	/**
	 * Returns the meta object for class '{@link org.disputatio.model.Argument <em>Argument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Argument</em>'.
	 * @see org.disputatio.model.Argument
	 * @generated
	 */
	EClass getArgument();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Argument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.disputatio.model.Argument#getTitle()
	 * @see #getArgument()
	 * @generated
	 */
	EAttribute getArgument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.disputatio.model.Argument#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.disputatio.model.Argument#getDescription()
	 * @see #getArgument()
	 * @generated
	 */
	EAttribute getArgument_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.disputatio.model.Argument#getInferences <em>Inferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Inferences</em>'.
	 * @see org.disputatio.model.Argument#getInferences()
	 * @see #getArgument()
	 * @generated
	 */
	EReference getArgument_Inferences();

	/**
	 * Returns the meta object for the reference '{@link org.disputatio.model.Argument#getMainConclusion <em>Main Conclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Main Conclusion</em>'.
	 * @see org.disputatio.model.Argument#getMainConclusion()
	 * @see #getArgument()
	 * @generated
	 */
	EReference getArgument_MainConclusion();

	/**
	 * Returns the meta object for enum '{@link org.disputatio.model.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see org.disputatio.model.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.disputatio.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.disputatio.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.disputatio.model.StatementKind <em>Statement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Statement Kind</em>'.
	 * @see org.disputatio.model.StatementKind
	 * @generated
	 */
	EEnum getStatementKind();

	/**
	 * Returns the meta object for enum '{@link org.disputatio.model.QuestionStatus <em>Question Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Status</em>'.
	 * @see org.disputatio.model.QuestionStatus
	 * @generated
	 */
	EEnum getQuestionStatus();

	/**
	 * Returns the meta object for enum '{@link org.disputatio.model.ConflictKind <em>Conflict Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Kind</em>'.
	 * @see org.disputatio.model.ConflictKind
	 * @generated
	 */
	EEnum getConflictKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ArgmapFactory getArgmapFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.ElementImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NOTES = eINSTANCE.getElement_Notes();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.ArgumentMapImpl <em>Argument Map</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.ArgumentMapImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getArgumentMap()
		 * @generated
		 */
		EClass ARGUMENT_MAP = eINSTANCE.getArgumentMap();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_MAP__TITLE = eINSTANCE.getArgumentMap_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_MAP__DESCRIPTION = eINSTANCE.getArgumentMap_Description();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__SOURCES = eINSTANCE.getArgumentMap_Sources();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__ACTORS = eINSTANCE.getArgumentMap_Actors();

		/**
		 * The meta object literal for the '<em><b>Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__STATEMENTS = eINSTANCE.getArgumentMap_Statements();

		/**
		 * The meta object literal for the '<em><b>Inferences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__INFERENCES = eINSTANCE.getArgumentMap_Inferences();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__CONFLICTS = eINSTANCE.getArgumentMap_Conflicts();

		/**
		 * The meta object literal for the '<em><b>Preferences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__PREFERENCES = eINSTANCE.getArgumentMap_Preferences();

		/**
		 * The meta object literal for the '<em><b>Rephrases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__REPHRASES = eINSTANCE.getArgumentMap_Rephrases();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__ARGUMENTS = eINSTANCE.getArgumentMap_Arguments();

		/**
		 * The meta object literal for the '<em><b>Schemes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__SCHEMES = eINSTANCE.getArgumentMap_Schemes();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.SourceImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__AUTHORS = eINSTANCE.getSource_Authors();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__YEAR = eINSTANCE.getSource_Year();

		/**
		 * The meta object literal for the '<em><b>Year Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__YEAR_SUFFIX = eINSTANCE.getSource_YearSuffix();

		/**
		 * The meta object literal for the '<em><b>Venue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__VENUE = eINSTANCE.getSource_Venue();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DOI = eINSTANCE.getSource_Doi();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__KIND = eINSTANCE.getSource_Kind();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.AuthorImpl <em>Author</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.AuthorImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getAuthor()
		 * @generated
		 */
		EClass AUTHOR = eINSTANCE.getAuthor();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__FAMILY = eINSTANCE.getAuthor_Family();

		/**
		 * The meta object literal for the '<em><b>Given</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__GIVEN = eINSTANCE.getAuthor_Given();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__SUFFIX = eINSTANCE.getAuthor_Suffix();

		/**
		 * The meta object literal for the '<em><b>Literal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__LITERAL = eINSTANCE.getAuthor_Literal();

		/**
		 * The meta object literal for the '<em><b>Family First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__FAMILY_FIRST = eINSTANCE.getAuthor_FamilyFirst();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.ActorImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__DESCRIPTION = eINSTANCE.getActor_Description();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.Attackable <em>Attackable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.Attackable
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getAttackable()
		 * @generated
		 */
		EClass ATTACKABLE = eINSTANCE.getAttackable();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.StatementImpl <em>Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.StatementImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getStatement()
		 * @generated
		 */
		EClass STATEMENT = eINSTANCE.getStatement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__KIND = eINSTANCE.getStatement_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__LABEL = eINSTANCE.getStatement_Label();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TEXT = eINSTANCE.getStatement_Text();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__QUOTE = eINSTANCE.getStatement_Quote();

		/**
		 * The meta object literal for the '<em><b>Locator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__LOCATOR = eINSTANCE.getStatement_Locator();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEMENT__SOURCE = eINSTANCE.getStatement_Source();

		/**
		 * The meta object literal for the '<em><b>Proponent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEMENT__PROPONENT = eINSTANCE.getStatement_Proponent();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATEMENT__CITATIONS = eINSTANCE.getStatement_Citations();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TAGS = eINSTANCE.getStatement_Tags();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.CitationImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Work</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__WORK = eINSTANCE.getCitation_Work();

		/**
		 * The meta object literal for the '<em><b>Locator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__LOCATOR = eINSTANCE.getCitation_Locator();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.InferenceImpl <em>Inference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.InferenceImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getInference()
		 * @generated
		 */
		EClass INFERENCE = eINSTANCE.getInference();

		/**
		 * The meta object literal for the '<em><b>Premises</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__PREMISES = eINSTANCE.getInference_Premises();

		/**
		 * The meta object literal for the '<em><b>Conclusion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__CONCLUSION = eINSTANCE.getInference_Conclusion();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__SCHEME = eINSTANCE.getInference_Scheme();

		/**
		 * The meta object literal for the '<em><b>Critical Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__CRITICAL_QUESTIONS = eINSTANCE.getInference_CriticalQuestions();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.SchemeImpl <em>Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.SchemeImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getScheme()
		 * @generated
		 */
		EClass SCHEME = eINSTANCE.getScheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__NAME = eINSTANCE.getScheme_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__DESCRIPTION = eINSTANCE.getScheme_Description();

		/**
		 * The meta object literal for the '<em><b>Critical Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__CRITICAL_QUESTIONS = eINSTANCE.getScheme_CriticalQuestions();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.CriticalQuestionImpl <em>Critical Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.CriticalQuestionImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getCriticalQuestion()
		 * @generated
		 */
		EClass CRITICAL_QUESTION = eINSTANCE.getCriticalQuestion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_QUESTION__TEXT = eINSTANCE.getCriticalQuestion_Text();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.CriticalQuestionUseImpl <em>Critical Question Use</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.CriticalQuestionUseImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getCriticalQuestionUse()
		 * @generated
		 */
		EClass CRITICAL_QUESTION_USE = eINSTANCE.getCriticalQuestionUse();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITICAL_QUESTION_USE__QUESTION = eINSTANCE.getCriticalQuestionUse_Question();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_QUESTION_USE__STATUS = eINSTANCE.getCriticalQuestionUse_Status();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITICAL_QUESTION_USE__BY = eINSTANCE.getCriticalQuestionUse_By();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.ConflictImpl <em>Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.ConflictImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getConflict()
		 * @generated
		 */
		EClass CONFLICT = eINSTANCE.getConflict();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__KIND = eINSTANCE.getConflict_Kind();

		/**
		 * The meta object literal for the '<em><b>Attackers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFLICT__ATTACKERS = eINSTANCE.getConflict_Attackers();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFLICT__TARGET = eINSTANCE.getConflict_Target();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.PreferenceImpl <em>Preference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.PreferenceImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getPreference()
		 * @generated
		 */
		EClass PREFERENCE = eINSTANCE.getPreference();

		/**
		 * The meta object literal for the '<em><b>Preferred</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREFERENCE__PREFERRED = eINSTANCE.getPreference_Preferred();

		/**
		 * The meta object literal for the '<em><b>Dispreferred</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREFERENCE__DISPREFERRED = eINSTANCE.getPreference_Dispreferred();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.RephraseImpl <em>Rephrase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.RephraseImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getRephrase()
		 * @generated
		 */
		EClass REPHRASE = eINSTANCE.getRephrase();

		/**
		 * The meta object literal for the '<em><b>Original</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPHRASE__ORIGINAL = eINSTANCE.getRephrase_Original();

		/**
		 * The meta object literal for the '<em><b>Restatement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPHRASE__RESTATEMENT = eINSTANCE.getRephrase_Restatement();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.impl.ArgumentImpl <em>Argument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.impl.ArgumentImpl
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getArgument()
		 * @generated
		 */
		EClass ARGUMENT = eINSTANCE.getArgument();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT__TITLE = eINSTANCE.getArgument_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT__DESCRIPTION = eINSTANCE.getArgument_Description();

		/**
		 * The meta object literal for the '<em><b>Inferences</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT__INFERENCES = eINSTANCE.getArgument_Inferences();

		/**
		 * The meta object literal for the '<em><b>Main Conclusion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT__MAIN_CONCLUSION = eINSTANCE.getArgument_MainConclusion();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.SourceKind
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.ActorKind
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.StatementKind <em>Statement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.StatementKind
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getStatementKind()
		 * @generated
		 */
		EEnum STATEMENT_KIND = eINSTANCE.getStatementKind();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.QuestionStatus <em>Question Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.QuestionStatus
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getQuestionStatus()
		 * @generated
		 */
		EEnum QUESTION_STATUS = eINSTANCE.getQuestionStatus();

		/**
		 * The meta object literal for the '{@link org.disputatio.model.ConflictKind <em>Conflict Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.disputatio.model.ConflictKind
		 * @see org.disputatio.model.impl.ArgmapPackageImpl#getConflictKind()
		 * @generated
		 */
		EEnum CONFLICT_KIND = eINSTANCE.getConflictKind();

	}

} //ArgmapPackage
