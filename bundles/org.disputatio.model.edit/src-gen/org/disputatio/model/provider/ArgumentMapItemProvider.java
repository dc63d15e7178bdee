/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.disputatio.model.provider;


import java.util.Collection;
import java.util.List;

import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.disputatio.model.ArgumentMap} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ArgumentMapItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArgumentMapItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArgumentMap_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArgumentMap_title_feature", "_UI_ArgumentMap_type"),
				 ArgmapPackage.Literals.ARGUMENT_MAP__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArgumentMap_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArgumentMap_description_feature", "_UI_ArgumentMap_type"),
				 ArgmapPackage.Literals.ARGUMENT_MAP__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__SOURCES);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__ACTORS);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__STATEMENTS);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__INFERENCES);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__CONFLICTS);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__PREFERENCES);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__REPHRASES);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__ARGUMENTS);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__SCHEMES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ArgumentMap.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ArgumentMap"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ArgumentMap)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_ArgumentMap_type") :
			getString("_UI_ArgumentMap_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ArgumentMap.class)) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ArgmapPackage.ARGUMENT_MAP__SOURCES:
			case ArgmapPackage.ARGUMENT_MAP__ACTORS:
			case ArgmapPackage.ARGUMENT_MAP__STATEMENTS:
			case ArgmapPackage.ARGUMENT_MAP__INFERENCES:
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
			case ArgmapPackage.ARGUMENT_MAP__PREFERENCES:
			case ArgmapPackage.ARGUMENT_MAP__REPHRASES:
			case ArgmapPackage.ARGUMENT_MAP__ARGUMENTS:
			case ArgmapPackage.ARGUMENT_MAP__SCHEMES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__SOURCES,
				 ArgmapFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__ACTORS,
				 ArgmapFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__STATEMENTS,
				 ArgmapFactory.eINSTANCE.createStatement()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__INFERENCES,
				 ArgmapFactory.eINSTANCE.createInference()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__CONFLICTS,
				 ArgmapFactory.eINSTANCE.createConflict()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__PREFERENCES,
				 ArgmapFactory.eINSTANCE.createPreference()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__REPHRASES,
				 ArgmapFactory.eINSTANCE.createRephrase()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__ARGUMENTS,
				 ArgmapFactory.eINSTANCE.createArgument()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__SCHEMES,
				 ArgmapFactory.eINSTANCE.createScheme()));
	}

}
