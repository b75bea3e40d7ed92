--TEST--
catch (A|B $e) takes any of its classes
--FILE--
<?php
function fail($how) {
    switch ($how) {
        case 0: return intdiv(1, 0);
        case 1: return strlen([]);
        case 2: return no_such_function();
        case 3: return match ($how) { 0 => 1 };
    }
}
for ($i = 0; $i < 4; $i++) {
    try {
        fail($i);
    } catch (DivisionByZeroError | TypeError $e) {
        echo "$i: DivisionByZeroError|TypeError\n";
    } catch (UnhandledMatchError | ValueError | JsonException $e) {
        echo "$i: UnhandledMatchError|ValueError|JsonException\n";
    } catch (Error $e) {
        echo "$i: Error\n";
    }
}
--EXPECT--
0: DivisionByZeroError|TypeError
1: DivisionByZeroError|TypeError
2: Error
3: UnhandledMatchError|ValueError|JsonException
