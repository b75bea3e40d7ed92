--TEST--
an exception handler receives uncaught exceptions and the script stops
--FILE--
<?php
set_exception_handler(function (Throwable $e) {
    echo "handled ", get_class($e), ": ", $e->getMessage(), "\n";
});
echo "before\n";
throw new DomainException("oops");
echo "not reached\n";
--EXPECT--
before
handled DomainException: oops
