--TEST--
an order workflow driven by a backed enum state machine
--FILE--
<?php
enum OrderState: string {
    case Draft = 'draft';
    case Submitted = 'submitted';
    case Paid = 'paid';
    case Shipped = 'shipped';
    case Delivered = 'delivered';
    case Cancelled = 'cancelled';

    const INITIAL = self::Draft;

    /** @return OrderState[] */
    public function transitions(): array {
        return match ($this) {
            self::Draft => [self::Submitted, self::Cancelled],
            self::Submitted => [self::Paid, self::Cancelled],
            self::Paid => [self::Shipped, self::Cancelled],
            self::Shipped => [self::Delivered],
            self::Delivered, self::Cancelled => [],
        };
    }
    public function canTransitionTo(self $to): bool { return in_array($to, $this->transitions(), true); }
    public function isFinal(): bool { return $this->transitions() === []; }
    public function label(): string { return ucfirst($this->value); }
    public static function finals(): array { return array_values(array_filter(self::cases(), fn(self $s) => $s->isFinal())); }
}

enum Action: string {
    case Submit = 'submit'; case Pay = 'pay'; case Ship = 'ship'; case Deliver = 'deliver'; case Cancel = 'cancel';
    public function target(): OrderState {
        return match ($this) {
            Action::Submit => OrderState::Submitted,
            Action::Pay => OrderState::Paid,
            Action::Ship => OrderState::Shipped,
            Action::Deliver => OrderState::Delivered,
            Action::Cancel => OrderState::Cancelled,
        };
    }
}

class IllegalTransition extends DomainException {
    public function __construct(public readonly OrderState $from, public readonly OrderState $to) {
        parent::__construct("Cannot go from {$from->label()} to {$to->label()}");
    }
}

class Order {
    private OrderState $state = OrderState::INITIAL;
    private array $history = [];
    public function __construct(public readonly int $id) { $this->history[] = $this->state; }
    public function apply(Action $a): static {
        $to = $a->target();
        if (!$this->state->canTransitionTo($to)) throw new IllegalTransition($this->state, $to);
        $this->state = $to;
        $this->history[] = $to;
        return $this;
    }
    public function state(): OrderState { return $this->state; }
    public function trail(): string { return implode(" -> ", array_map(fn($s) => $s->name, $this->history)); }
}

$scripts = [
    1 => 'submit,pay,ship,deliver',
    2 => 'submit,cancel,pay',
    3 => 'pay',
    4 => 'submit,pay,refund',
    5 => 'submit,pay,ship,cancel',
];
foreach ($scripts as $id => $script) {
    $o = new Order($id);
    try {
        foreach (explode(',', $script) as $step) {
            $o->apply(Action::tryFrom($step) ?? throw new ValueError("Unknown action '$step'"));
        }
        echo "order $id ok: ";
    } catch (IllegalTransition $e) {
        echo "order $id refused ({$e->from->value}->{$e->to->value}): {$e->getMessage()}: ";
    } catch (ValueError $e) {
        echo "order $id error: {$e->getMessage()}: ";
    }
    echo $o->trail(), $o->state()->isFinal() ? " [final]" : "", "\n";
}
echo "final states: ", implode(", ", array_map(fn($s) => $s->label(), OrderState::finals())), "\n";
foreach (OrderState::cases() as $s) {
    printf("%-10s -> %s\n", $s->name, implode("|", array_map(fn($t) => $t->value, $s->transitions())) ?: "(none)");
}
var_dump(OrderState::from('paid'), OrderState::INITIAL);
var_dump(Action::Pay instanceof BackedEnum);
try { OrderState::from('lost'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
order 1 ok: Draft -> Submitted -> Paid -> Shipped -> Delivered [final]
order 2 refused (cancelled->paid): Cannot go from Cancelled to Paid: Draft -> Submitted -> Cancelled [final]
order 3 refused (draft->paid): Cannot go from Draft to Paid: Draft
order 4 error: Unknown action 'refund': Draft -> Submitted -> Paid
order 5 refused (shipped->cancelled): Cannot go from Shipped to Cancelled: Draft -> Submitted -> Paid -> Shipped
final states: Delivered, Cancelled
Draft      -> submitted|cancelled
Submitted  -> paid|cancelled
Paid       -> shipped|cancelled
Shipped    -> delivered
Delivered  -> (none)
Cancelled  -> (none)
enum(OrderState::Paid)
enum(OrderState::Draft)
bool(true)
"lost" is not a valid backing value for enum OrderState
