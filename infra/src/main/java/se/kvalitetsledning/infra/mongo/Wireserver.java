package se.kvalitetsledning.infra.mongo;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import de.bwaldvogel.mongo.wire.OpCode;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * The library's server ({@code MongoServer}) as we run it: the same pipeline, but the answers are written by
 * {@link Bsonkodning}. The library's encoder builds a document keyed "0", "1", … of every array in an answer before
 * writing it, and the read models' arrays hold thousands of ids (a sixth of the CPU under load). The pipeline is
 * built inside {@code MongoServer.bind}, so the whole of bind and shutdown is here.
 */
final class Wireserver {

    private final MongoBackend backend;
    private final EventLoopGroup mottagare = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-boss"));
    private final EventLoopGroup arbetare = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"));
    private final ChannelGroup klienter = new DefaultChannelGroup("mongodb-channels", arbetare.next());
    private final Channel kanal;

    /** Listens on a free port of the loopback interface. */
    Wireserver(MongoBackend backend) {
        this.backend = backend;
        this.kanal = new ServerBootstrap().group(mottagare, arbetare)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 100)
                .localAddress(new InetSocketAddress("127.0.0.1", 0))
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    public void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new MongoWireReplyEncoder(), new Svarskodare(),
                                new MongoWireProtocolHandler(), new MongoDatabaseHandler(backend, klienter),
                                new MongoExceptionHandler());
                    }
                })
                .bind().syncUninterruptibly().channel();
    }

    InetSocketAddress adress() {
        return (InetSocketAddress) kanal.localAddress();
    }

    /** Stops listening, closes the clients and the event loops, then the backend (which commits as it closes). */
    void stang() {
        kanal.close().syncUninterruptibly();
        klienter.close().syncUninterruptibly();
        mottagare.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        arbetare.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        backend.close();
    }

    /** An OP_MSG answer as the library's {@code MongoWireMessageEncoder} writes it, its body by our codec. */
    private static final class Svarskodare extends MessageToByteEncoder<MongoMessage> {

        @Override
        protected void encode(ChannelHandlerContext ctx, MongoMessage meddelande, ByteBuf ut) {
            ut.writeIntLE(0); // the length, written when known
            ut.writeIntLE(meddelande.getHeader().getRequestID());
            ut.writeIntLE(meddelande.getHeader().getResponseTo());
            ut.writeIntLE(OpCode.OP_MSG.getId());
            ut.writeIntLE(meddelande.getFlags());
            ut.writeByte(MongoMessage.SECTION_KIND_BODY);
            try {
                Bsonkodning.skriv(meddelande.getDocument(), ut);
            } catch (RuntimeException e) {
                ctx.channel().close();
                throw e;
            }
            ut.setIntLE(0, ut.writerIndex());
        }
    }
}
