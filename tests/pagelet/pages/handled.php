<?php
// Diagnostics that do not end the page: a warning shows in the body (display_errors
// as php -n), an exception handler takes an uncaught exception.
echo $undefined_variable ?? "no warning for ??", "\n";
echo $really_undefined;
set_exception_handler(function (Throwable $e) {
    http_response_code(503);
    echo "handled: ", $e->getMessage(), "\n";
});
throw new LogicException("caught by the handler");
