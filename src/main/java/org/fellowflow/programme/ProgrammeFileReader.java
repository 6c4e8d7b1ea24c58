package org.fellowflow.programme;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fellowflow.programme.ProgrammeCatalogue.IcsPlan;
import org.fellowflow.programme.ProgrammeCatalogue.PhasePlan;
import org.fellowflow.programme.ProgrammeCatalogue.ProgrammePlan;

/**
 * Reads a programme file (YAML) and checks it whole, so that a wrong file stops start-up with one message
 * that names the file, the phase and the field of every problem, instead of half-loading.
 */
public final class ProgrammeFileReader {

    private static final Period DEFAULT_READVERTISING = Period.ofDays(28);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    record RawFile(List<RawIcs> icss, List<JsonNode> programmes) {
    }

    record RawIcs(String code, String name) {
    }

    record RawProgramme(String key, String name, String readvertiseEvery, List<RawCriterion> criteria,
            List<JsonNode> phases, RawFellowship fellowship) {
    }

    record RawFellowship(String length, String checkInEvery, String communityOfPractice, List<RawModule> modules) {
    }

    record RawModule(String name, Integer dueMonth) {
    }

    record RawCriterion(String name, String description) {
    }

    record RawPhase(String key, String name, String launch, String start, Integer posts, List<String> icss,
            RawPanel panel) {
    }

    record RawPanel(String chair, List<String> members) {
    }

    public ProgrammeCatalogue read(InputStream in, String source) {
        List<String> problems = new ArrayList<>();
        RawFile file;
        try {
            file = yaml.readValue(in, RawFile.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException unreadable) {
                throw new InvalidProgrammeDataException(source, List.of("cannot be read as YAML: "
                        + unreadable.getOriginalMessage().split("\n")[0] + " at line "
                        + unreadable.getLocation().getLineNr()));
            }
            throw new InvalidProgrammeDataException(source, List.of(describe("file", e)));
        } catch (StreamReadException e) {
            throw new InvalidProgrammeDataException(source, List.of("cannot be read as YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidProgrammeDataException(source, List.of("cannot be read: " + e.getMessage()));
        }
        if (file == null) {
            throw new InvalidProgrammeDataException(source, List.of("the file is empty"));
        }
        List<IcsPlan> icss = readIcss(file.icss(), problems);
        Set<String> icsCodes = icss.stream().map(IcsPlan::code).collect(Collectors.toSet());
        List<ProgrammePlan> programmes = new ArrayList<>();
        Set<String> programmeKeys = new HashSet<>();
        Set<String> phaseKeys = new HashSet<>();
        List<JsonNode> programmeNodes = file.programmes() == null ? List.of() : file.programmes();
        if (programmeNodes.isEmpty()) {
            problems.add("field programmes: at least one programme is needed");
        }
        for (int i = 0; i < programmeNodes.size(); i++) {
            String where = "programme " + keyOr(programmeNodes.get(i), "#" + (i + 1));
            RawProgramme raw;
            try {
                raw = yaml.treeToValue(programmeNodes.get(i), RawProgramme.class);
            } catch (JsonMappingException e) {
                problems.add(describe(where, e));
                continue;
            } catch (IOException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            if (isBlank(raw.key())) {
                problems.add(where + ", field key: missing");
            } else if (!programmeKeys.add(raw.key())) {
                problems.add(where + ", field key: another programme has the key " + raw.key());
            }
            if (isBlank(raw.name())) {
                problems.add(where + ", field name: missing");
            }
            Period readvertiseEvery = readPeriod(raw.readvertiseEvery(), where, problems);
            List<Criterion> criteria = readCriteria(raw.criteria(), where, problems);
            List<PhasePlan> phases = new ArrayList<>();
            List<JsonNode> phaseNodes = raw.phases() == null ? List.of() : raw.phases();
            if (phaseNodes.isEmpty()) {
                problems.add(where + ", field phases: at least one phase is needed");
            }
            for (int j = 0; j < phaseNodes.size(); j++) {
                PhasePlan phase = readPhase(phaseNodes.get(j), "#" + (j + 1) + " of " + where, icsCodes, phaseKeys,
                        problems);
                if (phase != null) {
                    phases.add(phase);
                }
            }
            programmes.add(new ProgrammePlan(raw.key(), raw.name(), readvertiseEvery, criteria, phases,
                    readFellowship(raw.fellowship(), where, problems)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgrammeDataException(source, problems);
        }
        return new ProgrammeCatalogue(icss, programmes);
    }

    private List<IcsPlan> readIcss(List<RawIcs> raw, List<String> problems) {
        List<IcsPlan> icss = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (raw == null || raw.isEmpty()) {
            problems.add("field icss: at least one ICS is needed");
            return icss;
        }
        for (RawIcs ics : raw) {
            if (ics == null || isBlank(ics.code()) || isBlank(ics.name())) {
                problems.add("field icss: every ICS needs a code and a name");
            } else if (!codes.add(ics.code())) {
                problems.add("field icss: the code " + ics.code() + " appears twice");
            } else {
                icss.add(new IcsPlan(ics.code(), ics.name()));
            }
        }
        return icss;
    }

    private Period readPeriod(String value, String where, List<String> problems) {
        if (value == null) {
            return DEFAULT_READVERTISING;
        }
        try {
            Period period = Period.parse(value);
            if (period.isZero() || period.isNegative()) {
                problems.add(where + ", field readvertise-every: must be a positive period, not " + value);
            }
            return period;
        } catch (DateTimeParseException e) {
            problems.add(where + ", field readvertise-every: '" + value + "' is not an ISO-8601 period such as P28D");
            return DEFAULT_READVERTISING;
        }
    }

    private ProgrammeCatalogue.FellowshipPlan readFellowship(RawFellowship raw, String where, List<String> problems) {
        if (raw == null) {
            problems.add(where + ", field fellowship: missing (length, check-in-every, community-of-practice, modules)");
            return null;
        }
        Period length = period(raw.length(), where, "fellowship.length", problems);
        Period checkIn = raw.checkInEvery() == null ? Period.ofDays(56)
                : period(raw.checkInEvery(), where, "fellowship.check-in-every", problems);
        if (isBlank(raw.communityOfPractice())) {
            problems.add(where + ", field fellowship.community-of-practice: missing");
        }
        List<TrainingModule> modules = new ArrayList<>();
        for (RawModule module : raw.modules() == null ? List.<RawModule>of() : raw.modules()) {
            if (module == null || isBlank(module.name()) || module.dueMonth() == null) {
                problems.add(where + ", field fellowship.modules: every module needs a name and a due-month");
            } else if (length != null && (module.dueMonth() < 1 || module.dueMonth() > length.toTotalMonths())) {
                problems.add(where + ", field fellowship.modules: '" + module.name() + "' is due in month "
                        + module.dueMonth() + ", outside the " + length.toTotalMonths() + "-month fellowship");
            } else {
                modules.add(new TrainingModule(module.name(), module.dueMonth()));
            }
        }
        return length == null || checkIn == null ? null
                : new ProgrammeCatalogue.FellowshipPlan(length, checkIn, raw.communityOfPractice(), modules);
    }

    private static Period period(String value, String where, String field, List<String> problems) {
        if (isBlank(value)) {
            problems.add(where + ", field " + field + ": missing");
            return null;
        }
        try {
            Period period = Period.parse(value);
            if (period.isZero() || period.isNegative()) {
                problems.add(where + ", field " + field + ": must be a positive period, not " + value);
                return null;
            }
            return period;
        } catch (DateTimeParseException e) {
            problems.add(where + ", field " + field + ": '" + value + "' is not an ISO-8601 period such as P12M");
            return null;
        }
    }

    private List<Criterion> readCriteria(List<RawCriterion> raw, String where, List<String> problems) {
        if (raw == null || raw.isEmpty()) {
            problems.add(where + ", field criteria: at least one panel criterion is needed");
            return List.of();
        }
        List<Criterion> criteria = new ArrayList<>();
        for (RawCriterion criterion : raw) {
            if (criterion == null || isBlank(criterion.name()) || isBlank(criterion.description())) {
                problems.add(where + ", field criteria: every criterion needs a name and a description");
            } else {
                criteria.add(new Criterion(criterion.name(), criterion.description()));
            }
        }
        return criteria;
    }

    private PhasePlan readPhase(JsonNode node, String position, Set<String> icsCodes, Set<String> phaseKeys,
            List<String> problems) {
        String key = keyOr(node, null);
        String where = key == null ? "phase " + position : "phase " + key;
        RawPhase raw;
        try {
            raw = yaml.treeToValue(node, RawPhase.class);
        } catch (JsonMappingException e) {
            problems.add(describe(where, e));
            return null;
        } catch (IOException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        int before = problems.size();
        if (isBlank(raw.key())) {
            problems.add(where + ", field key: missing");
        } else if (!phaseKeys.add(raw.key())) {
            problems.add(where + ", field key: duplicate phase key " + raw.key());
        }
        if (isBlank(raw.name())) {
            problems.add(where + ", field name: missing");
        }
        LocalDate launch = readDate(raw.launch(), where, "launch", problems);
        LocalDate start = readDate(raw.start(), where, "start", problems);
        if (launch != null && start != null && !start.isAfter(launch)) {
            problems.add(where + ", field start: " + start + " is not after the launch date " + launch);
        }
        if (raw.posts() == null) {
            problems.add(where + ", field posts: missing");
        } else if (raw.posts() < 1) {
            problems.add(where + ", field posts: a phase needs at least one post, not " + raw.posts());
        }
        List<String> icss = raw.icss() == null ? List.of() : raw.icss();
        if (icss.isEmpty()) {
            problems.add(where + ", field icss: at least one ICS is needed");
        }
        for (String code : icss) {
            if (!icsCodes.contains(code)) {
                problems.add(where + ", field icss: unknown ICS '" + code + "' (known: "
                        + icsCodes.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
        RawPanel panel = raw.panel();
        if (panel == null) {
            problems.add(where + ", field panel: missing (a chair and at least two members)");
        } else {
            if (isBlank(panel.chair())) {
                problems.add(where + ", field panel.chair: missing");
            }
            long members = panel.members() == null ? 0
                    : panel.members().stream().filter(m -> !isBlank(m)).distinct().count();
            if (members < 2) {
                problems.add(where + ", field panel.members: a panel needs at least two members, not " + members);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new PhasePlan(raw.key(), raw.name(), launch, start, raw.posts(), List.copyOf(icss),
                new ProgrammeCatalogue.PanelPlan(panel.chair(), List.copyOf(panel.members())));
    }

    private LocalDate readDate(String value, String where, String field, List<String> problems) {
        if (isBlank(value)) {
            problems.add(where + ", field " + field + ": missing");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where + ", field " + field + ": '" + value + "' is not a date in the form 2025-04-01");
            return null;
        }
    }

    private static String describe(String where, JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String what = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                ? "unknown field"
                : e.getOriginalMessage().split("\n")[0];
        return where + ", field " + (field.isEmpty() ? "?" : field) + ": " + what;
    }

    private static String keyOr(JsonNode node, String fallback) {
        JsonNode key = node == null ? null : node.get("key");
        return key != null && key.isTextual() && !key.asText().isBlank() ? key.asText() : fallback;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
