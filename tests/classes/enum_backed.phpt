--TEST--
backed enums, value, from() and tryFrom()
--FILE--
<?php
enum Status: string {
    case Active = 'active';
    case Inactive = 'inactive';
}
enum Level: int {
    case Low = 1;
    case High = 10;
}
echo Status::Active->value, " ", Level::High->value, "\n";
var_dump(Status::from('inactive'));
var_dump(Level::from(1));
var_dump(Level::tryFrom(5));
var_dump(Status::tryFrom('active') === Status::Active);
var_dump(Level::from('10'));
print_r(Level::cases());
echo "\n";
--EXPECT--
active 10
enum(Status::Inactive)
enum(Level::Low)
NULL
bool(true)
enum(Level::High)
Array
(
    [0] => Level Enum:int
        (
            [name] => Low
            [value] => 1
        )

    [1] => Level Enum:int
        (
            [name] => High
            [value] => 10
        )

)
