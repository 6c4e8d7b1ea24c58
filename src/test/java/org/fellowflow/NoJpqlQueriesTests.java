package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.support.Repositories;

/**
 * Every query a repository declares is plain SQL. A JPQL query makes Hibernate and Spring Data load and warm
 * their HQL parsers (ANTLR) while the repository is created: 0.8 s of start-up's main thread and 1,230 classes
 * when one JPQL query came back unnoticed (docs/benchmarks.md, second and thirteenth rounds).
 * Derived queries (findByKey and the like) are built as criteria queries and need no parser.
 */
@FellowflowTest
class NoJpqlQueriesTests {

    @Autowired ApplicationContext context;

    @Test
    void everyDeclaredQueryOfFellowflowsRepositoriesIsPlainSql() {
        Repositories repositories = new Repositories(context);
        List<String> checked = new ArrayList<>();
        List<String> jpql = new ArrayList<>();
        for (Class<?> domainType : repositories) {
            Class<?> repository = repositories.getRepositoryInformationFor(domainType).orElseThrow()
                    .getRepositoryInterface();
            if (!repository.getPackageName().startsWith("org.fellowflow")) {
                continue;
            }
            for (Method method : repository.getDeclaredMethods()) {
                Query query = method.getAnnotation(Query.class);
                if (query != null) {
                    checked.add(repository.getSimpleName() + "." + method.getName());
                    if (!query.nativeQuery()) {
                        jpql.add(repository.getSimpleName() + "." + method.getName() + ": " + query.value());
                    }
                }
            }
        }

        assertThat(checked).as("the repositories' declared queries were found").isNotEmpty();
        assertThat(jpql).as("JPQL queries, which bring the HQL parsers into start-up").isEmpty();
    }
}
