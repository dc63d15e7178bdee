// SPDX-License-Identifier: EPL-2.0
package org.disputatio.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator on the project's genmodels without an IDE.
 * <p>
 * {@code GenerateModels ROOT} writes the generated code into the bundles;
 * {@code GenerateModels --check ROOT} writes it to a scratch folder and fails if any generated
 * file differs from, or is missing in, the committed tree (stale code after an .ecore edit).
 */
public final class GenerateModels {

    /** The genmodels, in dependency order (views uses the model's genmodel). */
    private static final List<String> GENMODELS = List.of(
            "bundles/org.disputatio.model/model/argmap.genmodel",
            "bundles/org.disputatio.views/model/views.genmodel");

    /** The projects the genmodels write into; their generated folders are compared. */
    private static final List<String> PROJECTS = List.of(
            "org.disputatio.model", "org.disputatio.views", "org.disputatio.model.edit");

    /** What the generator writes in a project (plugin.xml is merged with hand-written parts). */
    private static final List<String> GENERATED_FOLDERS = List.of("src-gen", "icons", "plugin.xml", "plugin.properties");

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 2 && args[0].equals("--check");
        if (args.length != (check ? 2 : 1)) {
            System.err.println("usage: GenerateModels [--check] PROJECT_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[check ? 1 : 0]).toAbsolutePath();
        Path output = check ? Files.createTempDirectory("disputatio-codegen") : root.resolve("bundles");
        if (check) {
            for (String project : PROJECTS) {
                // Generated folders too: the generator merges into them, keeping "@generated NOT" code.
                copyTree(root.resolve("bundles").resolve(project), output.resolve(project), List.of());
            }
        }
        for (String project : PROJECTS) {
            // The generator writes through platform:/resource URIs: map each project to its folder.
            EcorePlugin.getPlatformResourceMap().put(project,
                    URI.createFileURI(output.resolve(project).toString() + "/"));
        }
        for (String genmodel : GENMODELS) {
            generate(root.resolve(genmodel), check);
        }
        if (check) {
            List<String> stale = compare(root.resolve("bundles"), output);
            if (!stale.isEmpty()) {
                System.err.println("The generated EMF code is stale; regenerate it with");
                System.err.println("  ./mvnw -pl releng/org.disputatio.codegen compile exec:java@generate");
                stale.forEach(f -> System.err.println("  differs: bundles/" + f));
                System.exit(1);
            }
            System.out.println("Generated EMF code is up to date.");
        }
    }

    private static void generate(Path genmodelFile, boolean check) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        GenModel settings = (GenModel) resourceSet.getResource(URI.createFileURI(genmodelFile.toString()), true)
                .getContents().get(0);
        // The .genmodel file holds the settings; the per-class entries come from the .ecore, as the
        // IDE's "Reload" does, so that a class added to the .ecore needs no genmodel edit.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(settings.getGenPackages().stream().map(GenPackage::getEcorePackage).toList());
        genModel.reconcile(settings);
        genModel.getUsedGenPackages().addAll(settings.getUsedGenPackages());
        // Takes the place of the loaded one, as the IDE's "Reload" does; saved in full so that
        // genmodels using this one find its classes.
        Resource file = settings.eResource();
        file.getContents().set(0, genModel);
        if (!check) {
            file.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        }
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(genmodelFile + ": " + valid);
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String type : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
            if (type.equals(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE) && genModel.getEditDirectory() == null) {
                continue;
            }
            Diagnostic result = generator.generate(genModel, type, check ? new BasicMonitor() : new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException(genmodelFile + ": " + result);
            }
        }
    }

    private static List<String> compare(Path committed, Path generated) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (String project : PROJECTS) {
            for (String folder : GENERATED_FOLDERS) {
                files.addAll(relativeFiles(committed, committed.resolve(project).resolve(folder)));
                files.addAll(relativeFiles(generated, generated.resolve(project).resolve(folder)));
                if (folder.contains(".")) {
                    files.add(project + "/" + folder);
                }
            }
        }
        List<String> stale = new ArrayList<>();
        for (String file : files) {
            Path a = committed.resolve(file);
            Path b = generated.resolve(file);
            if (!Files.exists(a) && !Files.exists(b)) {
                continue;
            }
            if (!Files.exists(a) || !Files.exists(b) || !Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                stale.add(file);
            }
        }
        return stale;
    }

    private static List<String> relativeFiles(Path base, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> base.relativize(p).toString()).toList();
        }
    }

    /** Copies the project minus the given folders, so the generator sees the same surroundings. */
    private static void copyTree(Path from, Path to, List<String> skipped) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                Path rel = from.relativize(p);
                if (rel.getNameCount() > 0 && (skipped.contains(rel.getName(0).toString()) || rel.getName(0).toString().equals("target"))) {
                    return;
                }
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to.resolve(rel));
                    } else {
                        Files.copy(p, to.resolve(rel));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
