package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void every_role_has_its_name_as_a_constant_and_nothing_else_does() throws IllegalAccessException {
        Field[] constants = Role.Names.class.getFields();
        assertThat(Arrays.stream(constants).map(Field::getName))
                .containsExactlyInAnyOrder(
                        Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        for (Field constant : constants) {
            assertThat(constant.get(null)).isEqualTo(constant.getName());
        }
    }
}
