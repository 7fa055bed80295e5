package dev.caxton.bench.report.markdown;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
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
 * The FreeMarker configuration of the Markdown report, locked down as the dashboard's is: no
 * {@code ?new} (no class may be instantiated), no {@code ?api}, no Java methods, bean properties or
 * static models (records are shown as hashes of their components, anything else unknown is refused),
 * and locale-independent formats. Templates come from a user's folder first, then from the bundled set.
 * Nothing is escaped here: the view model is escaped for Markdown in Java ({@link Flavour}).
 */
final class MarkdownTemplates {
    /** The main template. */
    static final String MAIN = "report.md.ftl";

    private static final Configuration BUNDLED = configuration(bundledLoader());

    private MarkdownTemplates() {}

    static Configuration bundled() {
        return BUNDLED;
    }

    /** Templates from {@code folder} first, the bundled ones for any it lacks. */
    static Configuration withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The report template folder " + folder.toAbsolutePath()
                    + " is not a directory; create it or leave the template folder option out");
        }
        try {
            FileTemplateLoader files = new FileTemplateLoader(folder.toFile(), false);
            return configuration(new MultiTemplateLoader(new TemplateLoader[] {files, bundledLoader()}));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report template folder " + folder.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    private static TemplateLoader bundledLoader() {
        return new ClassTemplateLoader(MarkdownTemplates.class, "");
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
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

    /** Renders {@code page} with the main template; a broken template's error names it, its line and column. */
    static String render(Configuration configuration, ReportView.Page page) {
        StringWriter out = new StringWriter(16_384);
        try {
            Template template = configuration.getTemplate(MAIN);
            template.process(Map.of("page", page), out);
        } catch (ParseException e) {
            throw parseError(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the report template " + MAIN + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ParseException p) {
                    throw parseError(p);
                }
            }
            throw new ReportTemplateException(String.valueOf(e.getTemplateSourceName()),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()), e);
        }
        return out.toString();
    }

    private static ReportTemplateException parseError(ParseException e) {
        return new ReportTemplateException(String.valueOf(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                firstLine(e.getEditorMessage()), e);
    }

    private static String firstLine(String message) {
        String m = message == null ? "unknown problem" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /**
     * Wraps strings, numbers, booleans, lists and maps as FreeMarker does by default, a record as a hash of
     * its components (read here, so the template calls no method), and refuses everything else.
     */
    static final class ViewModelWrapper extends DefaultObjectWrapper {
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
                        hash.put(component.getName(), component.getAccessor().invoke(record));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new TemplateModelException("Cannot read " + component.getName() + " of "
                                + record.getClass().getSimpleName(), e);
                    }
                }
                return hash;
            }
            throw new TemplateModelException("The report templates see records, lists, maps, strings, numbers "
                    + "and booleans only, not " + obj.getClass().getName());
        }
    }
}
