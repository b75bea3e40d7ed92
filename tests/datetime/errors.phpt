--TEST--
Errors: argument types, uninitialised objects, bad zones and durations, createFromFormat mismatch
--FILE--
<?php
date_default_timezone_set('UTC');
$d = new DateTime('2024-01-01');
$tests = [
    fn() => $d->setTimezone(new ArrayObject([])),
    fn() => $d->add(new DateTime()),
    fn() => $d->diff(new stdClass),
    fn() => new DateTime('2024-01-01', new DateTime()),
    fn() => (new DateTimeImmutable('2024-01-01'))->sub(new DateTimeZone('UTC')),
    fn() => (new DateTimeZone('UTC'))->getOffset(new stdClass),
    fn() => new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), 0),
    fn() => new DateTimeZone(''),
    fn() => new DateInterval('P'),
    fn() => new DateInterval('PT'),
    fn() => $d->format(),
];
foreach ($tests as $t) {
    try { $t(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
class Lazy extends DateTime { public function __construct() {} }
try { (new Lazy)->format('Y'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(DateTime::createFromFormat('Y-m-d', '2024-13-45x'));
--EXPECT--
TypeError: DateTime::setTimezone(): Argument #1 ($timezone) must be of type DateTimeZone, ArrayObject given
TypeError: DateTime::add(): Argument #1 ($interval) must be of type DateInterval, DateTime given
TypeError: DateTime::diff(): Argument #1 ($targetObject) must be of type DateTimeInterface, stdClass given
TypeError: DateTime::__construct(): Argument #2 ($timezone) must be of type ?DateTimeZone, DateTime given
TypeError: DateTimeImmutable::sub(): Argument #1 ($interval) must be of type DateInterval, DateTimeZone given
TypeError: DateTimeZone::getOffset(): Argument #1 ($datetime) must be of type DateTimeInterface, stdClass given
Exception: DatePeriod::__construct(): Recurrence count must be greater than 0
Exception: DateTimeZone::__construct(): Unknown or bad timezone ()
Exception: Unknown or bad format (P)
Exception: Unknown or bad format (PT)
ArgumentCountError: DateTime::format() expects exactly 1 argument, 0 given
Error: The DateTime object has not been correctly initialized by its constructor
bool(false)
