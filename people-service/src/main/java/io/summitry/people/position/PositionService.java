package io.summitry.people.position;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.people.PositionDto;
import io.summitry.api.people.PositionInput;
import io.summitry.service.version.Versions;
import io.summitry.service.date.FuzzyDateColumns;
import io.summitry.people.organization.Organization;
import io.summitry.people.person.Person;
import io.summitry.problem.ProblemException;

/** Writes positions, checking that the person and organization exist and that the post ends after it starts. */
@ApplicationScoped
@Transactional
public class PositionService {

    @Inject
    EntityManager em;

    public PositionDto create(PositionInput input) {
        Position position = new Position();
        apply(position, input);
        position.persist();
        em.flush();
        return position.toDto();
    }

    public PositionDto update(UUID id, long expectedVersion, PositionInput input) {
        Position position = find(id);
        Versions.check("Position", id, expectedVersion, position.version);
        apply(position, input);
        em.flush();
        return position.toDto();
    }

    public void delete(UUID id, long expectedVersion) {
        Position position = find(id);
        Versions.check("Position", id, expectedVersion, position.version);
        position.delete();
        em.flush();
    }

    private Position find(UUID id) {
        return Position.<Position> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Position", id));
    }

    private static void apply(Position position, PositionInput input) {
        FuzzyDateColumns start = FuzzyDateColumns.of("start", input.start());
        FuzzyDateColumns end = FuzzyDateColumns.of("end", input.end());
        if (start != null && end != null && start.earliest != null && end.latest != null
                && end.latest.isBefore(start.earliest)) {
            throw ProblemException.invalidField("end.edtf", "'" + end.edtf + "' ends before the start '"
                    + start.edtf + "'");
        }
        if (Person.findById(input.personId()) == null) {
            throw ProblemException.invalidField("personId", "person " + input.personId() + " does not exist");
        }
        if (Organization.findById(input.organizationId()) == null) {
            throw ProblemException.invalidField("organizationId",
                    "organization " + input.organizationId() + " does not exist");
        }
        position.personId = input.personId();
        position.organizationId = input.organizationId();
        position.title = input.title().strip();
        position.startDate = start;
        position.endDate = end;
        position.sourceIds.clear();
        if (input.sourceIds() != null) {
            input.sourceIds().stream().distinct().forEach(position.sourceIds::add);
        }
    }
}
