package se.kvalitetsledning.infra.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import se.kvalitetsledning.infra.mongo.Hallbarhet;

/**
 * Makes a command's events durable in the commit phase, after they were appended (prepare-commit) and before the
 * sender is answered. A failure there fails the command instead of acknowledging it, which it would not in the
 * after-commit phase.
 */
final class HallbarhetsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Hallbarhet hallbarhet;

    HallbarhetsInterceptor(Hallbarhet hallbarhet) {
        this.hallbarhet = hallbarhet;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.onCommit(u -> hallbarhet.sakerstall());
        return chain.proceed();
    }
}
