package org.fellowflow;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.Context;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The FEEL engine Camunda evaluates decisions with, keeping each expression it has parsed. The engine itself
 * parses an expression's text again every time it evaluates it (camunda/feel-scala#1149), though a decision's
 * expressions only change with a new deployment. A parsed expression is an immutable syntax tree, evaluated
 * afresh against each call's context.
 */
final class ParsedOnceFeelEngine extends FeelEngine {

    // The keys are the texts of deployed decisions; the bound only guards against a deployment of many.
    private static final int CAPACITY = 2_000;

    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    /** An engine with the same functions, value mapper, configuration and clock as the one given. */
    ParsedOnceFeelEngine(FeelEngine like) {
        super(like.functionProvider(), like.valueMapper(), like.configuration(), like.clock());
    }

    @Override
    public Either<Failure, Object> evalExpression(String expression, Context context) {
        Either<Failure, ParsedExpression> parsed = parsed(expressions, expression, this::parseExpression);
        return parsed.isRight() ? eval(parsed.toOption().get(), context) : failure(parsed);
    }

    @Override
    public Either<Failure, Object> evalUnaryTests(String expression, Context context) {
        Either<Failure, ParsedExpression> parsed = parsed(unaryTests, expression, this::parseUnaryTests);
        if (parsed.isLeft()) {
            return failure(parsed);
        }
        Either<Failure, Object> result = eval(parsed.toOption().get(), context);
        // As the engine's own evalUnaryTests does: the tests' result is a boolean.
        return result.isRight() ? new Right<>(BoxesRunTime.unboxToBoolean(result.toOption().get())) : result;
    }

    /** How many expressions and unary tests are kept parsed. */
    int parsedCount() {
        return expressions.size() + unaryTests.size();
    }

    private static Either<Failure, ParsedExpression> parsed(Map<String, Either<Failure, ParsedExpression>> cache,
            String text, Function<String, Either<Failure, ParsedExpression>> parser) {
        Either<Failure, ParsedExpression> known = cache.get(text);
        if (known != null) {
            return known;
        }
        Either<Failure, ParsedExpression> parsed = parser.apply(text);
        // A text that does not parse is parsed again next time, and fails the same way.
        if (parsed.isRight() && cache.size() < CAPACITY) {
            cache.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    @SuppressWarnings("unchecked")
    private static Either<Failure, Object> failure(Either<Failure, ParsedExpression> left) {
        return (Either<Failure, Object>) (Either<Failure, ?>) left;
    }
}
