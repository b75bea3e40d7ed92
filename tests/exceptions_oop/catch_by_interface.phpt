--TEST--
catching by interface, parent class and Throwable
--FILE--
<?php
interface AppError {}
class NotFound extends RuntimeException implements AppError {}
class Forbidden extends LogicException implements AppError {}
foreach ([new NotFound("nf"), new Forbidden("fb"), new TypeError("te")] as $ex) {
    try {
        throw $ex;
    } catch (AppError $e) {
        echo "AppError: ", $e->getMessage(), "\n";
    } catch (Throwable $t) {
        echo "Throwable: ", get_class($t), "\n";
    }
}
--EXPECT--
AppError: nf
AppError: fb
Throwable: TypeError
