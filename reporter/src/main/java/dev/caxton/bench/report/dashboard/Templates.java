package dev.caxton.bench.report.dashboard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The FreeMarker configuration of the dashboard, locked down so that a template reaches nothing but
 * the view model: no {@code ?new} (no class may be instantiated), no {@code ?api}, no Java methods or
 * bean properties (records are shown as hashes of their components, anything else unknown is refused),
 * HTML auto-escaping of every interpolation, and locale-independent number and date formats.
 */
final class Templates {
    private Templates() {}

    static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(Templates.class, ""));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
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
     * Wraps strings, numbers, booleans, lists and maps as FreeMarker does by default, a record as a hash
     * of its components (computed here, so the template calls no method), and refuses everything else.
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
            throw new TemplateModelException("The dashboard templates see records, lists, maps, strings, numbers "
                    + "and booleans only, not " + obj.getClass().getName() + "; put what they need into a view-model record");
        }
    }
}
