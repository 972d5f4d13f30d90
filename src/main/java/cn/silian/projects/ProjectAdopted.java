package cn.silian.projects;

import java.util.List;

/**
 * A ballot's result was published and this project was adopted for {@code year}: the module that
 * supervises it takes it from here. {@code unitId} is the responsible department (a handling unit).
 */
public record ProjectAdopted(long projectId, long ballotId, int year, String title, String description,
                             Long unitId, List<Long> streetIds) {
}
