--TEST--
user exception classes with extra data and overridden constructor
--FILE--
<?php
class ValidationException extends InvalidArgumentException {
    private array $errors;
    public function __construct(array $errors, int $code = 422, ?Throwable $previous = null) {
        $this->errors = $errors;
        parent::__construct("Validation failed: " . implode(", ", array_keys($errors)), $code, $previous);
    }
    public function errors(): array { return $this->errors; }
}
try {
    throw new ValidationException(['email' => 'invalid', 'age' => 'too low']);
} catch (InvalidArgumentException $e) {
    echo get_class($e), " ", $e->getCode(), ": ", $e->getMessage(), "\n";
    print_r($e->errors());
}
--EXPECT--
ValidationException 422: Validation failed: email, age
Array
(
    [email] => invalid
    [age] => too low
)
