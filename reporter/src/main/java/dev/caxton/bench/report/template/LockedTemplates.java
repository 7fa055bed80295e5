package dev.caxton.bench.report.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker, locked down, for every page the reporter renders (the Markdown report, the HTML dashboard):
 * a template reaches nothing but the view model. No {@code ?new} (no class may be instantiated), no
 * {@code ?api}, no Java methods, bean properties or static models: records are shown as hashes of their
 * components, lists, maps, strings, numbers and booleans as usual, anything else is refused. Number,
 * boolean and date formats are locale-independent. HTML output escapes every interpolation; plain output
 * escapes nothing (the view model is escaped in Java). Errors become {@link TemplateFailure}s naming the
 * template, its line and column. Immutable and thread-safe.
 */
public final class LockedTemplates {
    /** How interpolations are escaped. */
    public enum Output {
        /** HTML auto-escaping of every {@code ${...}}. */
        HTML,
        /** No escaping: the view model holds text that is already safe for its format. */
        PLAIN
    }

    private final Configuration configuration;
    private final Class<?> anchor;
    private final Output output;

    private LockedTemplates(Class<?> anchor, Output output, TemplateLoader loader) {
        this.anchor = anchor;
        this.output = output;
        this.configuration = configuration(loader, output);
    }

    /** The templates bundled beside {@code anchor} (in its package's resource folder). */
    public static LockedTemplates bundled(Class<?> anchor, Output output) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(output, "output");
        return new LockedTemplates(anchor, output, new ClassTemplateLoader(anchor, ""));
    }

    /** Templates from {@code folder} first, the bundled ones for any it lacks. */
    public LockedTemplates withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The template folder " + folder.toAbsolutePath()
                    + " is not a directory; create it or leave the template folder option out");
        }
        try {
            FileTemplateLoader files = new FileTemplateLoader(folder.toFile(), false);
            return new LockedTemplates(anchor, output,
                    new MultiTemplateLoader(new TemplateLoader[] {files, new ClassTemplateLoader(anchor, "")}));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template folder " + folder.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Renders the template {@code name} with {@code model}'s entries as its top-level variables. */
    public String render(String name, Map<String, ?> model) {
        try {
            return process(configuration.getTemplate(name), model);
        } catch (ParseException e) {
            throw parseFailure(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the template " + name + ": " + e.getMessage(), e);
        }
    }

    /** Renders a template given as text (named {@code name} in errors), with the same lockdown. */
    public String renderSource(String name, String source, Map<String, ?> model) {
        try {
            return process(new Template(name, source, configuration), model);
        } catch (ParseException e) {
            throw parseFailure(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + name + ": " + e.getMessage(), e);
        }
    }

    private static String process(Template template, Map<String, ?> model) {
        StringWriter out = new StringWriter(16_384);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ParseException p) {
                    throw parseFailure(p);
                }
            }
            throw new TemplateFailure(String.valueOf(e.getTemplateSourceName()),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                    e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the page of template " + template.getName() + ": "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    private static TemplateFailure parseFailure(ParseException e) {
        return new TemplateFailure(String.valueOf(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                e.getEditorMessage(), e);
    }

    private static Configuration configuration(TemplateLoader loader, Output output) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        if (output == Output.HTML) {
            c.setOutputFormat(HTMLOutputFormat.INSTANCE);
            c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        } else {
            c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        }
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new ViewModelWrapper());
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        return c;
    }

    /**
     * Wraps strings, numbers, booleans, lists and maps as FreeMarker does by default, a record as a hash of
     * its components (read here, so the template calls no method), and refuses everything else.
     */
    private static final class ViewModelWrapper extends DefaultObjectWrapper {
        ViewModelWrapper() {
            super(Configuration.VERSION_2_3_34);
            setExposureLevel(EXPOSE_NOTHING);
            setUseAdaptersForContainers(true);
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
            if (obj instanceof Record record) {
                SimpleHash hash = new SimpleHash(this);
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        java.lang.reflect.Method accessor = component.getAccessor();
                        // view models are package-private records of the page's own package
                        accessor.trySetAccessible();
                        hash.put(component.getName(), accessor.invoke(record));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new TemplateModelException("Cannot read " + component.getName() + " of "
                                + record.getClass().getSimpleName(), e);
                    }
                }
                return hash;
            }
            throw new TemplateModelException("Templates see records, lists, maps, strings, numbers and booleans "
                    + "only, not " + obj.getClass().getName() + "; put what they need into a view-model record");
        }
    }
}
