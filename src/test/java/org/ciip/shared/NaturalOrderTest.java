package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInNamesSortAsNumbersAndTextWithoutRegardToCase() {
        List<String> names = new ArrayList<>(List.of("Operator 1010", "operator 101", "Operator 1001", "Operator 2",
                "运营者 10", "运营者 9", "Bank", "bank"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("Bank", "bank", "Operator 2", "operator 101", "Operator 1001",
                "Operator 1010", "运营者 9", "运营者 10");
    }

    @Test
    void leadingZerosAndVeryLongNumbersStillGiveATotalOrder() {
        assertThat(NaturalOrder.INSTANCE.compare("A 007", "A 7")).isNotZero();
        assertThat(NaturalOrder.INSTANCE.compare("A 99999999999999999999999", "A 100000000000000000000000"))
                .isNegative();
    }
}
