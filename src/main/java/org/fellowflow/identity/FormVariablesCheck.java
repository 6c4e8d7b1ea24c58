package org.fellowflow.identity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Refuses a task completion that comes through a Camunda API with variables the task's form does not define,
 * before the engine sets any of them. It runs inside the completion's own command, on the task the command
 * completes and the variables it was given, as Camunda decoded them from the request: the task is loaded there
 * anyway, so the check costs no transaction of its own, and no spelling of the task id in the path can step
 * around it. Completions through the Java API (Fellowflow's own code) are not checked.
 */
@Component
class FormVariablesCheck extends AbstractProcessEnginePlugin {

    // Camunda gives no accessor for what a completion command was given; the tests fail if these fields go.
    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

    private final FormFields forms;

    FormVariablesCheck(FormFields forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> outer = new ArrayList<>();
        outer.add(new Answer());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            outer.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        configuration.setCustomPreCommandInterceptorsTxRequired(outer);
        List<CommandInterceptor> inner = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            inner.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        inner.add(new Check());
        configuration.setCustomPostCommandInterceptorsTxRequired(inner);
    }

    /**
     * A refusal leaves the command as a bad request, which the engine logs only at debug level, as it does a
     * caller's mistake; once the command has rolled back, it becomes the form validation failure Camunda's APIs
     * answer with a 400.
     */
    private static final class Answer extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (UndeclaredVariables refused) {
                throw new FormFieldValidationException(refused.names, refused.getMessage());
            }
        }
    }

    private static final class UndeclaredVariables extends BadUserRequestException {

        private final Set<String> names;

        UndeclaredVariables(ApiCompletion refused) {
            super(refused.refusal());
            this.names = refused.undeclared();
        }
    }

    /** Runs inside the command's context and transaction, before the command itself. */
    private final class Check extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof CompleteTaskCmd) {
                check(command, COMPLETE_TASK_ID, COMPLETE_VARIABLES);
            } else if (command instanceof SubmitTaskFormCmd) {
                check(command, SUBMIT_TASK_ID, SUBMIT_VARIABLES);
            }
            return next.execute(command);
        }

        private void check(Command<?> command, Field taskIdField, Field variablesField) {
            ApiCompletion completion = ApiCompletion.take();
            Map<?, ?> variables = (Map<?, ?>) read(variablesField, command);
            if (completion == null || variables == null || variables.isEmpty()) {
                return;
            }
            // The command caches the task it loads here, and answers for a task that does not exist.
            TaskEntity task = Context.getCommandContext().getTaskManager()
                    .findTaskById((String) read(taskIdField, command));
            if (task == null) {
                return;
            }
            task.initializeFormKey();
            CamundaFormRef form = task.getCamundaFormRef();
            Set<String> allowed = form == null ? Set.of() : forms.of(form.getKey());
            SortedSet<String> undeclared = new TreeSet<>();
            variables.keySet().forEach(name -> {
                if (!allowed.contains(String.valueOf(name))) {
                    undeclared.add(String.valueOf(name));
                }
            });
            if (!undeclared.isEmpty()) {
                completion.refuse(undeclared);
                throw new UndeclaredVariables(completion);
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name, e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
