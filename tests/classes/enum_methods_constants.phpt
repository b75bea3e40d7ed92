--TEST--
enum methods, static methods, constants and $this
--FILE--
<?php
enum Suit: string {
    case Hearts = 'H';
    case Spades = 'S';
    const Wild = self::Spades;
    public function color(): string {
        return match($this) {
            self::Hearts => 'Red',
            self::Spades => 'Black',
        };
    }
    public function label(): string { return ucfirst(strtolower($this->name)) . " ({$this->value})"; }
    public static function fromChar(string $c): self { return self::from($c); }
}
echo Suit::Hearts->color(), " ", Suit::Spades->label(), "\n";
echo Suit::Wild->name, "\n";
echo Suit::fromChar('H')->color(), "\n";
var_dump(Suit::Wild === Suit::Spades);
--EXPECT--
Red Spades (S)
Spades
Red
bool(true)
